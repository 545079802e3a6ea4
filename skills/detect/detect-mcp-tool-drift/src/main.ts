/** detect-mcp-tool-drift: MCP tools that change, appear or are shadowed within a session, as Detection Findings. */
import { type CommonOptions, collectOption, durationOption, runRecordSkill } from '#shared/cli/index.ts'
import { createDetectionProcessor } from '#shared/detect/index.ts'
import { RULES } from './rules/index.ts'

const SKILL_NAME = 'detect-mcp-tool-drift'

interface Options extends CommonOptions {
  dedupWindow: number
  dynamicServer?: string[]
  sharedTool?: string[]
}

await runRecordSkill<Options>({
  name: SKILL_NAME,
  description:
    'Detect MCP tool drift in OCSF API Activity from ingest-mcp-proxy-ocsf: a tool whose definition fingerprint changes within a session (rug pull), tools that appear mid-session, and tool names two servers offer in one session. Emits OCSF Detection Findings (2004) with MITRE ATT&CK and ATLAS.',
  configure: (program) =>
    program
      .option(
        '--dedup-window <duration>',
        'firings of one rule on the same key within this window merge into one finding',
        durationOption,
        60 * 60_000,
      )
      .option(
        '--dynamic-server <name>',
        'a server expected to add tools during a session (repeatable)',
        collectOption,
      )
      .option(
        '--shared-tool <name>',
        'a tool name several servers are expected to offer in one session (repeatable)',
        collectOption,
      ),
  create: (options) =>
    createDetectionProcessor({
      skill: SKILL_NAME,
      rules: RULES,
      dedupWindowMs: options.dedupWindow,
      config: {
        dynamicServers: new Set(options.dynamicServer ?? []),
        sharedToolNames: new Set(options.sharedTool ?? []),
      },
    }),
})

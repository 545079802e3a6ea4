/** detect-gcp-defense-evasion: Google Cloud logging and firewall defences switched off, as Detection Findings. */
import { type CommonOptions, durationOption, runRecordSkill } from '#shared/cli/index.ts'
import { createDetectionProcessor } from '#shared/detect/index.ts'
import { RULES } from './rules/index.ts'

const SKILL_NAME = 'detect-gcp-defense-evasion'

interface Options extends CommonOptions {
  dedupWindow: number
}

await runRecordSkill<Options>({
  name: SKILL_NAME,
  description:
    'Detect Google Cloud defence evasion in OCSF API Activity from ingest-gcp-audit-ocsf: log sinks and buckets deleted or narrowed, audit logs turned off, VPC Flow Logs disabled, firewall rules opening SSH or RDP to the internet. Emits OCSF Detection Findings (2004) with MITRE ATT&CK.',
  configure: (program) =>
    program.option(
      '--dedup-window <duration>',
      'firings of one rule on the same key within this window merge into one finding',
      durationOption,
      60 * 60_000,
    ),
  create: (options) =>
    createDetectionProcessor({
      skill: SKILL_NAME,
      rules: RULES,
      dedupWindowMs: options.dedupWindow,
      config: undefined,
    }),
})

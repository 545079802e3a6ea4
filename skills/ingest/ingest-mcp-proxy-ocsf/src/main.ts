/** ingest-mcp-proxy-ocsf: MCP proxy logs of JSON-RPC traffic to OCSF API Activity JSONL with the ai_operation profile. */
import { runRecordSkill } from '#shared/cli/index.ts'
import { addIngestOptions, type IngestOptions } from '#shared/ingest/index.ts'
import { createMcpProxyProcessor } from './mcp-proxy-processor.ts'
import { SKILL_NAME } from './to-api-activity.ts'

await runRecordSkill<IngestOptions>({
  name: SKILL_NAME,
  description:
    'Normalise MCP (Model Context Protocol) proxy logs of JSON-RPC traffic to OCSF 1.8.0 API Activity (6003) with the ai_operation profile: one event per message, one per tool of a tools/list result, each tool with its definition fingerprint.',
  configure: (program) => addIngestOptions(program),
  create: (options) => createMcpProxyProcessor({ assumeTime: options.assumeTime }),
})

/** ingest-vpc-flow-logs-ocsf: Amazon VPC Flow Logs (default and custom formats, text or JSON) to OCSF Network Activity JSONL. */
import { runRecordSkill } from '#shared/cli/index.ts'
import { addIngestOptions, type IngestOptions } from '#shared/ingest/index.ts'
import { createFlowLogProcessor } from './flow-log-processor.ts'
import { logFormatOption } from './log-format.ts'
import { SKILL_NAME } from './to-network-activity.ts'

interface Options extends IngestOptions {
  logFormat?: string[]
}

await runRecordSkill<Options>({
  name: SKILL_NAME,
  description:
    'Normalise Amazon VPC Flow Logs (the default version 2 format, custom formats declared by a header line or --log-format, CloudWatch Logs exports, parsed JSON records) to OCSF 1.8.0 Network Activity (4001), one event per flow record.',
  configure: (program) =>
    addIngestOptions(program).option(
      '--log-format <fields>',
      'the field names of the flow log\'s custom format in order, as in its LogFormat ("version vpc-id srcaddr ..."), for input without a header line such as CloudWatch Logs events',
      logFormatOption,
    ),
  create: (options) =>
    createFlowLogProcessor({ assumeTime: options.assumeTime, logFormat: options.logFormat }),
})

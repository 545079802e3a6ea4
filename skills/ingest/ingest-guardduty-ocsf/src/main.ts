/** ingest-guardduty-ocsf: Amazon GuardDuty findings (single, GetFindings output, EventBridge events) to OCSF Detection Finding JSONL. */
import { runRecordSkill } from '#shared/cli/index.ts'
import { addIngestOptions, type IngestOptions } from '#shared/ingest/index.ts'
import { createGuardDutyProcessor } from './guardduty-processor.ts'
import { SKILL_NAME } from './to-detection-finding.ts'

await runRecordSkill<IngestOptions>({
  name: SKILL_NAME,
  description:
    'Normalise Amazon GuardDuty findings (single findings, GetFindings {"Findings": [...]} output, EventBridge events) to OCSF 1.8.0 Detection Finding (2004), keeping GuardDuty\'s finding id, severity, times and the ATT&CK tactics and techniques the finding states.',
  configure: (program) => addIngestOptions(program),
  create: (options) => createGuardDutyProcessor({ assumeTime: options.assumeTime }),
})

/** ingest-security-hub-ocsf: AWS Security Hub findings (ASFF: single, {"Findings": [...]}, EventBridge events) to OCSF Detection and Compliance Finding JSONL. */
import { runRecordSkill } from '#shared/cli/index.ts'
import { addIngestOptions, type IngestOptions } from '#shared/ingest/index.ts'
import { createSecurityHubProcessor } from './asff-processor.ts'
import { SKILL_NAME } from './to-finding.ts'

await runRecordSkill<IngestOptions>({
  name: SKILL_NAME,
  description:
    'Normalise AWS Security Hub findings in the AWS Security Finding Format (single findings, {"Findings": [...]}, EventBridge events) to OCSF 1.8.0: checks against a standard become Compliance Findings (2003), everything else Detection Findings (2004), keeping the finding id, severity, times and the ATT&CK tactics its TTP types state.',
  configure: (program) => addIngestOptions(program),
  create: (options) => createSecurityHubProcessor({ assumeTime: options.assumeTime }),
})

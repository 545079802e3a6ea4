/** detect-aws-account-access: console sign-ins without MFA and root user activity, as Detection Findings. */
import { type CommonOptions, durationOption, runRecordSkill } from '#shared/cli/index.ts'
import { createDetectionProcessor } from '#shared/detect/index.ts'
import { RULES } from './rules/index.ts'

const SKILL_NAME = 'detect-aws-account-access'

interface Options extends CommonOptions {
  dedupWindow: number
}

await runRecordSkill<Options>({
  name: SKILL_NAME,
  description:
    'Detect risky use of AWS accounts in OCSF API Activity from ingest-cloudtrail-ocsf: console sign-ins without MFA, root user sign-ins, changes and access keys. Emits OCSF Detection Findings (2004) with MITRE ATT&CK.',
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

/** detect-aws-credential-access: secrets harvested and EC2 Windows passwords read, as Detection Findings. */
import {
  type CommonOptions,
  durationOption,
  positiveIntegerOption,
  runRecordSkill,
} from '#shared/cli/index.ts'
import { createDetectionProcessor } from '#shared/detect/index.ts'
import { RULES } from './rules/index.ts'

const SKILL_NAME = 'detect-aws-credential-access'

interface Options extends CommonOptions {
  window: number
  dedupWindow: number
  secretThreshold: number
  passwordAttemptThreshold: number
}

await runRecordSkill<Options>({
  name: SKILL_NAME,
  description:
    'Detect AWS credential access in OCSF API Activity from ingest-cloudtrail-ocsf: many secrets or decrypted parameters read by one principal, EC2 Windows passwords retrieved or swept for. Emits OCSF Detection Findings (2004) with MITRE ATT&CK.',
  configure: (program) =>
    program
      .option(
        '--window <duration>',
        "the window over which one principal's reads are counted",
        durationOption,
        10 * 60_000,
      )
      .option(
        '--dedup-window <duration>',
        'firings of one rule on the same key within this window merge into one finding',
        durationOption,
        60 * 60_000,
      )
      .option(
        '--secret-threshold <count>',
        'distinct secrets one principal may read within the window before it alerts',
        positiveIntegerOption,
        10,
      )
      .option(
        '--password-attempt-threshold <count>',
        'distinct instances one principal may fail to read the Windows password of within the window',
        positiveIntegerOption,
        5,
      ),
  create: (options) =>
    createDetectionProcessor({
      skill: SKILL_NAME,
      rules: RULES,
      dedupWindowMs: options.dedupWindow,
      config: {
        windowMs: options.window,
        secretThreshold: options.secretThreshold,
        passwordAttemptThreshold: options.passwordAttemptThreshold,
      },
    }),
})

/** detect-aws-remote-execution: fleet-wide command execution through Systems Manager, as Detection Findings. */
import {
  type CommonOptions,
  durationOption,
  positiveIntegerOption,
  runRecordSkill,
} from '#shared/cli/index.ts'
import { createDetectionProcessor } from '#shared/detect/index.ts'
import { RULES } from './rules/index.ts'

const SKILL_NAME = 'detect-aws-remote-execution'

interface Options extends CommonOptions {
  window: number
  dedupWindow: number
  instanceThreshold: number
}

await runRecordSkill<Options>({
  name: SKILL_NAME,
  description:
    'Detect remote execution across AWS instances in OCSF API Activity from ingest-cloudtrail-ocsf: one principal running SSM commands or sessions on many instances. Emits OCSF Detection Findings (2004) with MITRE ATT&CK.',
  configure: (program) =>
    program
      .option(
        '--window <duration>',
        "the window over which one principal's instances are counted",
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
        '--instance-threshold <count>',
        'distinct instances one principal may reach within the window before it alerts',
        positiveIntegerOption,
        3,
      ),
  create: (options) =>
    createDetectionProcessor({
      skill: SKILL_NAME,
      rules: RULES,
      dedupWindowMs: options.dedupWindow,
      config: { windowMs: options.window, instanceThreshold: options.instanceThreshold },
    }),
})

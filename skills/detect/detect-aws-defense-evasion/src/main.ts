/** detect-aws-defense-evasion: CloudTrail, GuardDuty, Config and network logging switched off, as Detection Findings. */
import { type CommonOptions, durationOption, runRecordSkill } from '#shared/cli/index.ts'
import { createDetectionProcessor } from '#shared/detect/index.ts'
import { RULES } from './rules/index.ts'

const SKILL_NAME = 'detect-aws-defense-evasion'

interface Options extends CommonOptions {
  dedupWindow: number
}

await runRecordSkill<Options>({
  name: SKILL_NAME,
  description:
    'Detect AWS defence evasion in OCSF API Activity from ingest-cloudtrail-ocsf: CloudTrail stopped, deleted or narrowed; GuardDuty, Config or Security Hub disabled; VPC flow logs or DNS query logging removed. Emits OCSF Detection Findings (2004) with MITRE ATT&CK.',
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

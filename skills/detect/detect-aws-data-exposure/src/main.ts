/** detect-aws-data-exposure: snapshots, images, buckets and resource policies opened to other accounts or the public, as Detection Findings. */
import { type CommonOptions, collectOption, durationOption, runRecordSkill } from '#shared/cli/index.ts'
import { createDetectionProcessor } from '#shared/detect/index.ts'
import { RULES } from './rules/index.ts'

const SKILL_NAME = 'detect-aws-data-exposure'

interface Options extends CommonOptions {
  dedupWindow: number
  trustedAccount?: string[]
}

await runRecordSkill<Options>({
  name: SKILL_NAME,
  description:
    'Detect AWS data exposure in OCSF API Activity from ingest-cloudtrail-ocsf: EBS snapshots, AMIs and RDS snapshots shared with other accounts or made public, S3 buckets opened by policy, ACL or Block Public Access, resource policies of other services opened to anyone. Emits OCSF Detection Findings (2004) with MITRE ATT&CK.',
  configure: (program) =>
    program
      .option(
        '--dedup-window <duration>',
        'firings of one rule on the same key within this window merge into one finding',
        durationOption,
        60 * 60_000,
      )
      .option(
        '--trusted-account <id>',
        'an account snapshots, images and buckets may be shared with without an alert (repeatable)',
        collectOption,
      ),
  create: (options) =>
    createDetectionProcessor({
      skill: SKILL_NAME,
      rules: RULES,
      dedupWindowMs: options.dedupWindow,
      config: { trustedAccounts: new Set(options.trustedAccount ?? []) },
    }),
})

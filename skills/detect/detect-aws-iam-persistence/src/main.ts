/** detect-aws-iam-persistence: IAM backdoors in CloudTrail (OCSF API Activity), as Detection Findings. */
import { type CommonOptions, collectOption, durationOption, runRecordSkill } from '#shared/cli/index.ts'
import { createDetectionProcessor } from '#shared/detect/index.ts'
import { DEFAULT_ADMIN_GROUPS } from './config.ts'
import { RULES } from './rules/index.ts'

const SKILL_NAME = 'detect-aws-iam-persistence'

interface Options extends CommonOptions {
  window: number
  dedupWindow: number
  adminGroup?: string[]
  trustedAccount?: string[]
}

await runRecordSkill<Options>({
  name: SKILL_NAME,
  description:
    'Detect IAM persistence in OCSF API Activity from ingest-cloudtrail-ocsf: credentials issued for other users, new users, administrator grants, role trust policies opened to other accounts. Emits OCSF Detection Findings (2004) with MITRE ATT&CK.',
  configure: (program) =>
    program
      .option(
        '--window <duration>',
        'how long after CreateUser an administrator grant to that user counts as arming a new account',
        durationOption,
        60 * 60_000,
      )
      .option(
        '--dedup-window <duration>',
        'firings of one rule on the same key within this window merge into one finding',
        durationOption,
        60 * 60_000,
      )
      .option(
        '--admin-group <name>',
        'a group whose members are administrators, besides admin, admins and administrators (repeatable)',
        collectOption,
      )
      .option(
        '--trusted-account <id>',
        'an account roles may trust without an alert (repeatable)',
        collectOption,
      ),
  create: (options) =>
    createDetectionProcessor({
      skill: SKILL_NAME,
      rules: RULES,
      dedupWindowMs: options.dedupWindow,
      config: {
        newUserWindowMs: options.window,
        adminGroups: new Set(
          [...DEFAULT_ADMIN_GROUPS, ...(options.adminGroup ?? [])].map((group) => group.toLowerCase()),
        ),
        trustedAccounts: new Set(options.trustedAccount ?? []),
      },
    }),
})

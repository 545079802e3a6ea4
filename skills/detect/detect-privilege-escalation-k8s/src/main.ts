/** detect-privilege-escalation-k8s: Kubernetes privilege-escalation behaviours in OCSF API Activity, as Detection Findings. */
import { type CommonOptions, collectOption, durationOption, runRecordSkill } from '#shared/cli/index.ts'
import { createDetectionProcessor } from '#shared/detect/index.ts'
import { DEFAULT_POWERFUL_ROLES } from './config.ts'
import { RULES } from './rules/index.ts'

const SKILL_NAME = 'detect-privilege-escalation-k8s'

interface Options extends CommonOptions {
  window: number
  dedupWindow: number
  allowExec?: string[]
  powerfulRole?: string[]
  clusterAdmin?: string[]
}

await runRecordSkill<Options>({
  name: SKILL_NAME,
  description:
    'Detect Kubernetes privilege escalation in OCSF API Activity from ingest-k8s-audit-ocsf: secret hunting by service accounts, exec into pods, powerful role bindings, token minting. Emits OCSF Detection Findings (2004) with MITRE ATT&CK.',
  configure: (program) =>
    program
      .option(
        '--window <duration>',
        'how long after listing secrets a get counts as part of the same hunt',
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
        '--allow-exec <principal>',
        'a principal expected to exec into pods (repeatable)',
        collectOption,
      )
      .option(
        '--powerful-role <role>',
        'a role whose binding always alerts, besides cluster-admin (repeatable)',
        collectOption,
      )
      .option(
        '--cluster-admin <user>',
        'a user treated as a cluster administrator, besides system:masters (repeatable)',
        collectOption,
      ),
  create: (options) =>
    createDetectionProcessor({
      skill: SKILL_NAME,
      rules: RULES,
      dedupWindowMs: options.dedupWindow,
      config: {
        secretWindowMs: options.window,
        execAllowlist: new Set(options.allowExec ?? []),
        powerfulRoles: new Set([...DEFAULT_POWERFUL_ROLES, ...(options.powerfulRole ?? [])]),
        clusterAdmins: new Set(options.clusterAdmin ?? []),
      },
    }),
})

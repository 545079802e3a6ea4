/** detect-container-escape-k8s: Kubernetes workloads written with container-escape settings, from OCSF API Activity, as Detection Findings. */
import { InvalidArgumentError } from 'commander'
import { type CommonOptions, durationOption, runRecordSkill } from '#shared/cli/index.ts'
import { createDetectionProcessor } from '#shared/detect/index.ts'
import { type AllowedWorkload, parseAllowedWorkload } from './config.ts'
import { RULES } from './rules/index.ts'

const SKILL_NAME = 'detect-container-escape-k8s'

interface Options extends CommonOptions {
  allowWorkload?: AllowedWorkload[]
  dedupWindow: number
}

function workloadOption(value: string, previous: AllowedWorkload[] | undefined): AllowedWorkload[] {
  const workload = parseAllowedWorkload(value)
  if (workload === undefined) throw new InvalidArgumentError('expected <namespace>/<name> or <namespace>/*')
  return [...(previous ?? []), workload]
}

await runRecordSkill<Options>({
  name: SKILL_NAME,
  description:
    'Detect Kubernetes workloads created, updated or patched with container-escape settings in OCSF API Activity from ingest-k8s-audit-ocsf: privileged containers, host namespaces, sensitive hostPath mounts, dangerous capabilities, allowPrivilegeEscalation. Emits OCSF Detection Findings (2004) with MITRE ATT&CK.',
  configure: (program) =>
    program
      .option(
        '--allow-workload <namespace/name>',
        'a workload expected to run with host access, such as a node agent; <namespace>/* for a whole namespace (repeatable)',
        workloadOption,
      )
      .option(
        '--dedup-window <duration>',
        'firings of one rule on the same actor and workload within this window merge into one finding',
        durationOption,
        60 * 60_000,
      ),
  create: (options) =>
    createDetectionProcessor({
      skill: SKILL_NAME,
      rules: RULES,
      dedupWindowMs: options.dedupWindow,
      config: { allowedWorkloads: options.allowWorkload ?? [] },
    }),
})

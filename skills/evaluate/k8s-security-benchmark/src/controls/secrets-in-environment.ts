/**
 * 5.4.1: a Secret passed as an environment variable is in every child process's environment, in
 * /proc/<pid>/environ, in crash dumps and in whatever logs the environment; mounted as a file it is not.
 * A credential written into the manifest as a literal value is worse still: it is in the manifest itself.
 */
import { asArray, asObject, asString, path } from '#shared/json/index.ts'
import type { PodContainer } from '#shared/k8s/index.ts'
import { containerLabel, literalSecretOf } from '#shared/posture/index.ts'
import { type K8sControl, WORKLOAD_SECTIONS } from '../benchmark.ts'
import { judgeProblems, judgeWorkloads } from '../outcomes.ts'

/** Names only: values never leave the input. */
function environmentProblems(container: PodContainer): string[] {
  const problems: string[] = []
  const label = containerLabel(container)
  for (const item of asArray(container.spec.env) ?? []) {
    const variable = asObject(item)
    const name = asString(variable?.name) ?? '(unnamed)'
    const secret = asString(path(variable, 'valueFrom', 'secretKeyRef', 'name'))
    if (secret !== undefined) problems.push(`${label} reads ${name} from Secret ${secret}`)
    const literal = literalSecretOf(name, asString(variable?.value))
    if (literal !== undefined) problems.push(`${label} sets ${name} to a literal value (${literal})`)
  }
  for (const item of asArray(container.spec.envFrom) ?? []) {
    const secret = asString(path(item, 'secretRef', 'name'))
    if (secret !== undefined) problems.push(`${label} imports every key of Secret ${secret}`)
  }
  return problems
}

export const secretsInEnvironment: K8sControl = {
  id: '5.4.1',
  title: 'Prefer using Secrets as files over Secrets as environment variables',
  severity: 'medium',
  attacks: ['T1552.007'],
  requirements: ['NIST CSF 2.0 PR.AA-01', 'SOC 2 CC6.1'],
  remediation:
    'Mount the Secret as a volume (secret or projected) and have the application read the file; move literal credentials out of the manifest into a Secret or an external secret store.',
  references: ['https://kubernetes.io/docs/concepts/security/secrets-good-practices/'],
  sections: [...WORKLOAD_SECTIONS],
  evaluate: (inventory) =>
    judgeWorkloads(inventory, (workload) =>
      judgeProblems(
        workload,
        workload.containers.flatMap(environmentProblems),
        (list) => `${list}.`,
        'no container takes a Secret or a literal credential through its environment.',
      ),
    ),
}

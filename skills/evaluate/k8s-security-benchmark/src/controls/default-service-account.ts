/**
 * 5.1.5: every pod that names no service account runs as its namespace's `default` one, so rights given to
 * it go to every such pod, and a token mounted from it serves any of them.
 */
import { asYamlBoolean, type K8sObject } from '#shared/posture/index.ts'
import { type K8sControl, RBAC_BINDING_SECTIONS } from '../benchmark.ts'
import { type Judgement, objectOutcome, scopeOutcome } from '../outcomes.ts'
import { bindingsByServiceAccount, bindingsOfServiceAccount } from '../rbac.ts'

function judge(account: K8sObject, bindings: readonly string[]): Judgement {
  const problems: string[] = []
  if (asYamlBoolean(account.raw.automountServiceAccountToken) !== false)
    problems.push('does not set automountServiceAccountToken: false')
  if (bindings.length > 0) problems.push(`is bound by ${bindings.join(', ')}`)
  const name = `ServiceAccount ${account.namespace}/default`
  if (problems.length === 0)
    return { status: 'pass', detail: `${name} mounts no token by default and holds no bindings.` }
  return { status: 'fail', detail: `${name} ${problems.join(' and ')}.` }
}

export const defaultServiceAccount: K8sControl = {
  id: '5.1.5',
  title: 'Ensure that default service accounts are not actively used',
  severity: 'medium',
  attacks: ['T1078.001'],
  requirements: ['NIST CSF 2.0 PR.AA-05', 'SOC 2 CC6.3'],
  remediation:
    "Set automountServiceAccountToken: false on each namespace's default ServiceAccount, remove its RoleBindings and ClusterRoleBindings, and give each workload that needs the API a service account of its own.",
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/'],
  sections: ['serviceaccounts', ...RBAC_BINDING_SECTIONS],
  evaluate(inventory) {
    const defaults = inventory.serviceAccounts.filter((account) => account.name === 'default')
    if (defaults.length === 0) {
      return [
        scopeOutcome(inventory, {
          status: 'not-applicable',
          detail: 'The input holds no default ServiceAccount.',
        }),
      ]
    }
    const byAccount = bindingsByServiceAccount(inventory.bindings)
    return defaults.map((account) =>
      objectOutcome(
        account,
        judge(account, bindingsOfServiceAccount(byAccount, account.namespace, 'default')),
      ),
    )
  },
}

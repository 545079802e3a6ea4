/**
 * 5.1.1: cluster-admin allows every verb on every resource. Bound to a workload's service account, it hands
 * the cluster to whoever compromises that workload; bound to a broad group, to everyone in it.
 */
import { CLUSTER_ADMIN_GROUPS, CONTROL_PLANE_NAMESPACES } from '#shared/k8s/index.ts'
import type { K8sObject } from '#shared/posture/index.ts'
import { type K8sControl, RBAC_BINDING_SECTIONS } from '../benchmark.ts'
import { type Judgement, objectOutcome, scopeOutcome } from '../outcomes.ts'
import { describeSubject, roleRefOf, type Subject, subjectsOf } from '../rbac.ts'

const CLUSTER_ADMIN = 'cluster-admin'

/**
 * Who may hold cluster-admin: members of system:masters (the built-in binding, for break-glass
 * certificates), and the named service accounts of the control-plane namespaces, which run the cluster
 * itself. Their `default` account is not one of them: every pod there that names no account runs as it.
 */
function mayHoldClusterAdmin(subject: Subject): boolean {
  if (subject.kind === 'Group') return CLUSTER_ADMIN_GROUPS.has(subject.name)
  if (subject.kind !== 'ServiceAccount') return false
  return CONTROL_PLANE_NAMESPACES.has(subject.namespace ?? '') && subject.name !== 'default'
}

function bindsClusterAdmin(binding: K8sObject): boolean {
  const role = roleRefOf(binding)
  return role?.kind === 'ClusterRole' && role.name === CLUSTER_ADMIN
}

function judge(binding: K8sObject): Judgement {
  const subjects = subjectsOf(binding)
  const excessive = subjects.filter((subject) => !mayHoldClusterAdmin(subject))
  const scope = binding.kind === 'RoleBinding' ? ` in namespace ${binding.namespace}` : ''
  if (excessive.length === 0) {
    const holders = subjects.map(describeSubject).join(', ') || 'no subjects'
    return {
      status: 'pass',
      detail: `${binding.kind} ${binding.name} grants cluster-admin${scope} only to ${holders}.`,
    }
  }
  return {
    status: 'fail',
    detail: `${binding.kind} ${binding.name} grants cluster-admin${scope} to ${excessive.map(describeSubject).join(', ')}.`,
  }
}

export const clusterAdminBinding: K8sControl = {
  id: '5.1.1',
  title: 'Ensure that the cluster-admin role is only used where required',
  severity: 'critical',
  attacks: ['T1078.001', 'T1528'],
  requirements: ['NIST CSF 2.0 PR.AA-05', 'SOC 2 CC6.3'],
  remediation:
    'Bind the subject to a role with only the verbs and resources it needs, then delete the binding to cluster-admin (kubectl delete clusterrolebinding <name>). Never bind cluster-admin to a default service account or to system:authenticated, system:unauthenticated or system:serviceaccounts.',
  references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/'],
  sections: [...RBAC_BINDING_SECTIONS],
  evaluate(inventory) {
    if (inventory.bindings.length === 0) {
      return [
        scopeOutcome(inventory, {
          status: 'not-applicable',
          detail: 'The input holds no RoleBindings or ClusterRoleBindings.',
        }),
      ]
    }
    const adminBindings = inventory.bindings.filter(bindsClusterAdmin)
    if (adminBindings.length === 0) {
      return [
        scopeOutcome(inventory, {
          status: 'pass',
          detail: `None of the ${inventory.bindings.length} bindings grants cluster-admin.`,
        }),
      ]
    }
    return adminBindings.map((binding) => objectOutcome(binding, judge(binding)))
  },
}

/**
 * 5.1.3: a `*` verb or resource grants everything that exists and everything added later (new CRDs,
 * subresources such as pods/exec, secrets), so no review of the role can say what it allows.
 */
import { asString, asStrings, path } from '#shared/json/index.ts'
import type { K8sObject } from '#shared/posture/index.ts'
import type { K8sControl } from '../benchmark.ts'
import { type Judgement, objectOutcome, scopeOutcome } from '../outcomes.ts'
import { rulesOf } from '../rbac.ts'

/**
 * The API server creates and reconciles its default roles (cluster-admin, admin, edit, system:*) and
 * labels them so; changing them is undone at restart. Their use is judged through bindings (5.1.1).
 */
const BOOTSTRAP_LABEL = 'kubernetes.io/bootstrapping'
const BOOTSTRAP_VALUE = 'rbac-defaults'

function wildcards(role: K8sObject): string[] {
  const found: string[] = []
  for (const rule of rulesOf(role)) {
    const verbs = asStrings(rule.verbs).filter((verb) => verb === '*')
    const resources = asStrings(rule.resources).filter((resource) => resource.includes('*'))
    if (verbs.length > 0) found.push('verbs ["*"]')
    for (const resource of resources) found.push(`resources ["${resource}"]`)
  }
  return [...new Set(found)]
}

function judge(role: K8sObject): Judgement {
  const scope = role.kind === 'Role' ? ` in namespace ${role.namespace}` : ''
  if (asString(path(role.raw, 'metadata', 'labels', BOOTSTRAP_LABEL)) === BOOTSTRAP_VALUE) {
    return {
      status: 'not-applicable',
      detail: `${role.kind} ${role.name} is a default role the API server reconciles; review who is bound to it instead.`,
    }
  }
  const found = wildcards(role)
  if (found.length === 0)
    return { status: 'pass', detail: `${role.kind} ${role.name}${scope} names its verbs and resources.` }
  return { status: 'fail', detail: `${role.kind} ${role.name}${scope} uses wildcards: ${found.join(', ')}.` }
}

export const wildcardRbac: K8sControl = {
  id: '5.1.3',
  title: 'Minimize wildcard use in Roles and ClusterRoles',
  severity: 'high',
  attacks: ['T1552.007', 'T1609'],
  requirements: ['NIST CSF 2.0 PR.AA-05', 'SOC 2 CC6.3'],
  remediation:
    'Replace each "*" in verbs and resources with the exact verbs (get, list, watch...) and resources the subject needs; use aggregated ClusterRoles to compose them.',
  references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege'],
  sections: ['roles', 'clusterroles'],
  evaluate(inventory) {
    if (inventory.roles.length === 0) {
      return [
        scopeOutcome(inventory, {
          status: 'not-applicable',
          detail: 'The input holds no Roles or ClusterRoles.',
        }),
      ]
    }
    return inventory.roles.map((role) => objectOutcome(role, judge(role)))
  },
}

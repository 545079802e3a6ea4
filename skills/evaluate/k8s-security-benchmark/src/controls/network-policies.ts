/**
 * 5.3.2: without a NetworkPolicy that selects every pod, pods accept traffic from anywhere in the cluster,
 * so one compromised workload can reach every other. A namespace passes when one policy isolates all of
 * its pods for ingress: a default deny, or a namespace-wide allow-list.
 */

import { asArray, asObject, asStrings, path } from '#shared/json/index.ts'
import { apiPathOf } from '#shared/k8s/index.ts'
import type { ControlOutcome, K8sObject } from '#shared/posture/index.ts'
import type { K8sControl } from '../benchmark.ts'
import type { Inventory } from '../inventory.ts'
import { type Judgement, objectOutcome, scopeOutcome } from '../outcomes.ts'

function isEmptySelector(selector: unknown): boolean {
  const labels = asObject(path(selector, 'matchLabels'))
  const expressions = asArray(path(selector, 'matchExpressions'))
  return (labels === undefined || Object.keys(labels).length === 0) && (expressions?.length ?? 0) === 0
}

/** policyTypes defaults to Ingress, plus Egress when egress rules are present. */
function policyTypesOf(policy: K8sObject): string[] {
  const declared = asStrings(path(policy.raw, 'spec', 'policyTypes'))
  if (declared.length > 0) return declared
  return path(policy.raw, 'spec', 'egress') === undefined ? ['Ingress'] : ['Ingress', 'Egress']
}

type Isolation = 'deny-all' | 'allow-list' | 'none'

/** An empty rule (`- {}`) allows every source, which isolates nothing. */
function isolationOf(policy: K8sObject, direction: 'Ingress' | 'Egress'): Isolation {
  if (!isEmptySelector(path(policy.raw, 'spec', 'podSelector'))) return 'none'
  if (!policyTypesOf(policy).includes(direction)) return 'none'
  const rules = asArray(path(policy.raw, 'spec', direction === 'Ingress' ? 'ingress' : 'egress')) ?? []
  if (rules.length === 0) return 'deny-all'
  const allowsAll = rules.some((rule) => Object.keys(asObject(rule) ?? {}).length === 0)
  return allowsAll ? 'none' : 'allow-list'
}

function judge(namespace: string, policies: readonly K8sObject[]): Judgement {
  const inNamespace = policies.filter((policy) => policy.namespace === namespace)
  const ingress = inNamespace.map((policy) => ({ policy, isolation: isolationOf(policy, 'Ingress') }))
  const isolating =
    ingress.find((entry) => entry.isolation === 'deny-all') ??
    ingress.find((entry) => entry.isolation === 'allow-list')
  if (isolating === undefined) {
    const count = inNamespace.length === 1 ? '1 NetworkPolicy' : `${inNamespace.length} NetworkPolicies`
    const held =
      inNamespace.length === 0 ? 'has no NetworkPolicy' : `has ${count}, none isolating every pod for ingress`
    return { status: 'fail', detail: `Namespace ${namespace} ${held}.` }
  }
  const egress = inNamespace.some((policy) => isolationOf(policy, 'Egress') !== 'none')
  const how =
    isolating.isolation === 'deny-all' ? 'denies all ingress by default' : 'isolates every pod for ingress'
  return {
    status: 'pass',
    detail: `Namespace ${namespace}: NetworkPolicy ${isolating.policy.name} ${how}${egress ? '; egress is isolated too' : '; egress is not isolated'}.`,
  }
}

/** Namespaces named by Namespace objects first, then those that workloads run in, in input order. */
function namespacesOf(inventory: Inventory): Map<string, K8sObject> {
  const namespaces = new Map<string, K8sObject>()
  for (const namespace of inventory.namespaces) namespaces.set(namespace.name, namespace)
  for (const workload of inventory.workloads) {
    if (workload.namespace !== undefined && !namespaces.has(workload.namespace))
      namespaces.set(workload.namespace, workload)
  }
  return namespaces
}

export const networkPolicies: K8sControl = {
  id: '5.3.2',
  title: 'Ensure that all Namespaces have NetworkPolicies defined',
  severity: 'medium',
  attacks: ['T1046'],
  requirements: ['NIST CSF 2.0 PR.IR-01', 'SOC 2 CC6.6'],
  remediation:
    'Add a default-deny NetworkPolicy to each namespace (podSelector: {}, policyTypes: [Ingress, Egress], no rules), then policies that allow only the traffic each workload needs; the CNI must enforce NetworkPolicy.',
  references: ['https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-policies'],
  sections: ['namespaces', 'networkpolicies'],
  evaluate(inventory) {
    const namespaces = namespacesOf(inventory)
    if (namespaces.size === 0) {
      return [
        scopeOutcome(inventory, {
          status: 'not-applicable',
          detail: 'The input holds no Namespaces and no workloads to place in one.',
        }),
      ]
    }
    const outcomes: ControlOutcome[] = []
    for (const [name, object] of namespaces) {
      const judgement = judge(name, inventory.networkPolicies)
      const resource = { uid: apiPathOf({ resource: 'namespaces', name }) ?? name, name, type: 'Namespace' }
      // A namespace known only from its workloads points at the first of them, where a fix would start.
      outcomes.push({ ...objectOutcome(object, judgement), resource })
    }
    return outcomes
  },
}

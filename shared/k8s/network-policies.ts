/**
 * What NetworkPolicies do to a pod's ingress, as the networking.k8s.io/v1 API defines it: a pod selected by
 * at least one policy with the Ingress type accepts only what one of those policies' rules allows, and a
 * rule with no `from` (or an ipBlock of every address) allows any source.
 */
import { asArray, asObject, asString, asStrings, type JsonObject, path } from '../json/index.ts'
import { type Labels, selectorMatches } from './label-selectors.ts'

/** policyTypes defaults to Ingress, plus Egress when egress rules are present. */
export function policyTypesOf(policy: JsonObject): string[] {
  const declared = asStrings(path(policy, 'spec', 'policyTypes'))
  if (declared.length > 0) return declared
  return path(policy, 'spec', 'egress') === undefined ? ['Ingress'] : ['Ingress', 'Egress']
}

/** An empty pod selector (`{}`) selects every pod of the namespace. */
export function selectsAllPods(policy: JsonObject): boolean {
  const selector = asObject(path(policy, 'spec', 'podSelector'))
  if (selector === undefined) return false
  const labels = asObject(selector.matchLabels)
  const expressions = asArray(selector.matchExpressions)
  return (labels === undefined || Object.keys(labels).length === 0) && (expressions?.length ?? 0) === 0
}

const EVERY_ADDRESS = new Set(['0.0.0.0/0', '::/0'])

/** A peer that admits any source: an ipBlock of every address with nothing carved out. */
function admitsAnySource(peer: JsonObject): boolean {
  const cidr = asString(path(peer, 'ipBlock', 'cidr'))
  return (
    cidr !== undefined &&
    EVERY_ADDRESS.has(cidr) &&
    (asArray(path(peer, 'ipBlock', 'except'))?.length ?? 0) === 0
  )
}

/** A rule with no `from` list, an empty one, or a peer of every address allows traffic from anywhere. */
function ruleAllowsAnySource(rule: unknown): boolean {
  const from = asArray(path(rule, 'from'))
  if (from === undefined || from.length === 0) return true
  return from.some((peer) => admitsAnySource(asObject(peer) ?? {}))
}

export type IngressIsolation = 'deny-all' | 'allow-list' | 'none'

/** How one policy isolates the pods it selects for ingress; `none` when it does not restrict ingress. */
export function ingressIsolationOf(policy: JsonObject): IngressIsolation {
  if (!policyTypesOf(policy).includes('Ingress')) return 'none'
  const rules = asArray(path(policy, 'spec', 'ingress')) ?? []
  if (rules.length === 0) return 'deny-all'
  return rules.some(ruleAllowsAnySource) ? 'none' : 'allow-list'
}

/** True when the policy's pod selector selects a pod with these labels. */
export function policySelectsPod(policy: JsonObject, labels: Labels): boolean {
  return selectorMatches(path(policy, 'spec', 'podSelector'), labels)
}

export interface PodIngress {
  /** The names of the policies that select the pod for ingress. */
  readonly policies: readonly string[]
  /** True when those policies, taken together, admit only listed sources (or none). */
  readonly restricted: boolean
}

/**
 * Policies add up: a pod's ingress is restricted when some policy with the Ingress type selects it and none
 * of the policies selecting it allows any source. `policies` are those of the pod's own namespace.
 */
export function podIngressOf(policies: readonly JsonObject[], labels: Labels): PodIngress {
  const selecting = policies.filter(
    (policy) => policyTypesOf(policy).includes('Ingress') && policySelectsPod(policy, labels),
  )
  const names = selecting.map((policy) => asString(path(policy, 'metadata', 'name')) ?? '(unnamed)')
  const restricted =
    selecting.length > 0 && selecting.every((policy) => ingressIsolationOf(policy) !== 'none')
  return { policies: names, restricted }
}

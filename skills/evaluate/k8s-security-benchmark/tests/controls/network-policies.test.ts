import { describe, expect, it } from 'vitest'
import { networkPolicies } from '../../src/controls/network-policies.ts'
import { statusesOf } from '../inventory-of.ts'

const NAMESPACE = 'apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n'
const policy = (spec: string) =>
  `---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: shop}\nspec: ${spec}\n`

describe('5.3.2 namespaces have NetworkPolicies', () => {
  it.each([
    ['default deny of ingress', '{podSelector: {}, policyTypes: [Ingress]}', 'pass'],
    ['default deny with policyTypes left to default', '{podSelector: {}}', 'pass'],
    [
      'a namespace-wide allow-list',
      '{podSelector: {}, ingress: [{from: [{podSelector: {matchLabels: {app: web}}}]}]}',
      'pass',
    ],
    ['an allow-all rule', '{podSelector: {}, ingress: [{}]}', 'fail'],
    [
      'a policy for some pods only',
      '{podSelector: {matchLabels: {app: db}}, policyTypes: [Ingress]}',
      'fail',
    ],
    ['an egress-only default deny', '{podSelector: {}, policyTypes: [Egress]}', 'fail'],
  ])('%s', (_name, spec, expected) => {
    expect(statusesOf(networkPolicies, NAMESPACE + policy(spec))).toEqual([`shop: ${expected}`])
  })

  it('fails a namespace with no policy, known only from a workload in it', () => {
    const workload =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: batch}\nspec: {containers: [{name: c, image: "a:1"}]}\n'
    expect(statusesOf(networkPolicies, workload)).toEqual(['batch: fail'])
  })

  it('does not apply without namespaces or workloads', () => {
    expect(statusesOf(networkPolicies, policy('{podSelector: {}}'))).toEqual(['test.yaml: not-applicable'])
  })
})

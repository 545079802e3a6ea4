/** GPU-7, GPU-10 and GPU-11: the namespaces GPU workloads run in. */
import { describe, expect, it } from 'vitest'
import { gpuQuotas } from '../../src/controls/gpu-quotas.ts'
import { namespaceNetworkPolicy } from '../../src/controls/namespace-network-policy.ts'
import { tenantNamespaces } from '../../src/controls/tenant-namespaces.ts'
import { gpuContainer, gpuJob, onlyOutcome, statusesOf } from '../inventory-of.ts'

const JOB = gpuJob(gpuContainer())
const policy = (spec: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: p, namespace: team-a}
spec: ${spec}
---
`

describe('GPU-7 NetworkPolicy on GPU namespaces', () => {
  it.each([
    ['a default deny', policy('{podSelector: {}, policyTypes: [Ingress, Egress]}'), 'pass'],
    [
      'a namespace-wide allow-list',
      policy('{podSelector: {}, ingress: [{from: [{podSelector: {}}]}]}'),
      'pass',
    ],
    ['an allow-all rule', policy('{podSelector: {}, ingress: [{}]}'), 'fail'],
    ['a policy for some pods only', policy('{podSelector: {matchLabels: {app: x}}}'), 'fail'],
    ['egress only', policy('{podSelector: {}, policyTypes: [Egress]}'), 'fail'],
    ['a policy in another namespace', policy('{podSelector: {}}').replace('team-a', 'team-b'), 'fail'],
    ['no policy', '', 'fail'],
  ])('%s', (_name, policies, expected) => {
    expect(onlyOutcome(namespaceNetworkPolicy, `${policies}${JOB}`).status).toBe(expected)
  })

  it('judges each namespace that runs GPU workloads once', () => {
    const yaml = `${JOB}---\n${gpuJob(gpuContainer(), 'team-a', 'eval')}---\n${gpuJob(gpuContainer(), 'team-b')}`
    expect(statusesOf(namespaceNetworkPolicy, yaml)).toEqual(['team-a: fail', 'team-b: fail'])
  })

  it.each([
    ['default-deny', 'pass'],
    ['none', 'fail'],
  ])('config network_policy %s is %s', (value, expected) => {
    const config = `namespaces:\n  - {name: team-a, network_policy: ${value}}\nworkloads:\n  - {name: train, namespace: team-a}\n`
    expect(onlyOutcome(namespaceNetworkPolicy, config).status).toBe(expected)
  })

  it('is unknown for a namespace the config does not describe', () => {
    expect(onlyOutcome(namespaceNetworkPolicy, 'workloads:\n  - {name: train, namespace: team-z}\n')).toEqual(
      {
        status: 'unknown',
        detail:
          "Namespace team-z: the config's workloads run in namespace team-z, which it does not describe.",
      },
    )
  })
})

describe('GPU-11 GPU quotas', () => {
  const quota = (hard: string) => `apiVersion: v1
kind: ResourceQuota
metadata: {name: gpus, namespace: team-a}
spec: {hard: ${hard}}
---
`
  it.each([
    ['requests.nvidia.com/gpu', quota('{requests.nvidia.com/gpu: "16"}'), 'pass'],
    ['a MIG profile', quota('{requests.nvidia.com/mig-1g.10gb: "7"}'), 'pass'],
    ['CPU and memory only', quota('{requests.cpu: "64", requests.memory: 512Gi}'), 'fail'],
    ['no quota', '', 'fail'],
  ])('%s', (_name, quotas, expected) => {
    expect(onlyOutcome(gpuQuotas, `${quotas}${JOB}`).status).toBe(expected)
  })

  it('names the quota', () => {
    expect(onlyOutcome(gpuQuotas, `${quota('{requests.nvidia.com/gpu: 16}')}${JOB}`).detail).toBe(
      'Namespace team-a caps GPUs with ResourceQuota gpus: requests.nvidia.com/gpu=16.',
    )
  })
})

describe('GPU-10 a namespace per tenant', () => {
  const namespace = (labels: string) => `apiVersion: v1
kind: Namespace
metadata: {name: team-a, labels: ${labels}}
---
`
  const labelled = (tenant: string, name: string) =>
    gpuJob(gpuContainer(), 'team-a', name).replace(
      `namespace: team-a}`,
      `namespace: team-a, labels: {tenant: ${tenant}}}`,
    )

  it.each([
    ['a tenant-labelled namespace', `${namespace('{tenant: team-a}')}${JOB}`, 'pass'],
    ['a Capsule tenant namespace', `${namespace('{capsule.clastix.io/tenant: acme}')}${JOB}`, 'pass'],
    ['workloads of one tenant', `${labelled('a', 'x')}---\n${labelled('a', 'y')}`, 'pass'],
    ['workloads of two tenants', `${labelled('a', 'x')}---\n${labelled('b', 'y')}`, 'fail'],
    [
      'a namespace labelled for another tenant than its workload',
      `${namespace('{tenant: a}')}${labelled('b', 'x')}`,
      'fail',
    ],
    ['no tenant labels at all', JOB, 'unknown'],
    ['the default namespace', gpuJob(gpuContainer(), 'default'), 'fail'],
  ])('%s', (_name, yaml, expected) => {
    expect(onlyOutcome(tenantNamespaces, yaml).status).toBe(expected)
  })
})

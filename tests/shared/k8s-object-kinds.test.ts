/** shared/k8s object kinds: every workload kind yields its pod spec and containers; objects have one REST path. */
import { describe, expect, it } from 'vitest'
import { containersOf, objectPathOf, podSpecOf } from '#shared/k8s/index.ts'

const POD_SPEC = { containers: [{ name: 'app' }] }

describe('podSpecOf', () => {
  it.each([
    ['Pod', { spec: POD_SPEC }],
    ['Deployment', { spec: { template: { spec: POD_SPEC } } }],
    ['DaemonSet', { spec: { template: { spec: POD_SPEC } } }],
    ['StatefulSet', { spec: { template: { spec: POD_SPEC } } }],
    ['ReplicaSet', { spec: { template: { spec: POD_SPEC } } }],
    ['ReplicationController', { spec: { template: { spec: POD_SPEC } } }],
    ['Job', { spec: { template: { spec: POD_SPEC } } }],
    ['CronJob', { spec: { jobTemplate: { spec: { template: { spec: POD_SPEC } } } } }],
  ])('finds the pod spec of a %s', (kind, body) => {
    expect(podSpecOf({ kind, ...body })).toEqual(POD_SPEC)
  })

  it('has none for other kinds', () => {
    expect(podSpecOf({ kind: 'Service', spec: POD_SPEC })).toBeUndefined()
    expect(podSpecOf({ spec: POD_SPEC })).toBeUndefined()
  })
})

describe('containersOf', () => {
  it('lists init, regular and ephemeral containers, skipping entries that are not objects', () => {
    const containers = containersOf({
      initContainers: [{ name: 'init' }],
      containers: [{ name: 'app' }, 'junk'],
      ephemeralContainers: [{ name: 'debug' }],
    })
    expect(containers.map((container) => `${container.role} ${container.name}`)).toEqual([
      'init container init',
      'container app',
      'ephemeral container debug',
    ])
  })
})

describe('objectPathOf', () => {
  it.each([
    [
      { kind: 'Deployment', apiVersion: 'apps/v1', metadata: { name: 'web', namespace: 'shop' } },
      '/apis/apps/v1/namespaces/shop/deployments/web',
    ],
    [
      { kind: 'CronJob', apiVersion: 'batch/v1beta1', metadata: { name: 'r', namespace: 'shop' } },
      '/apis/batch/v1/namespaces/shop/cronjobs/r',
    ],
    [{ kind: 'Pod', metadata: { name: 'p' } }, '/api/v1/namespaces/default/pods/p'],
    [
      { kind: 'ClusterRole', metadata: { name: 'view', namespace: 'ignored' } },
      '/apis/rbac.authorization.k8s.io/v1/clusterroles/view',
    ],
    [{ kind: 'Namespace', metadata: { name: 'shop' } }, '/api/v1/namespaces/shop'],
    [{ kind: 'ConfigMap', metadata: { name: 'c' } }, undefined],
  ])('%j is %s', (object, expected) => {
    expect(objectPathOf(object)).toBe(expected)
  })
})

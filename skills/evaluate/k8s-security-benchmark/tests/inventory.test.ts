import { describe, expect, it } from 'vitest'
import { buildInventory } from '../src/inventory.ts'
import { TEST_SCOPE } from './inventory-of.ts'

const owner = (kind: string, name: string) => ({
  metadata: { ownerReferences: [{ kind, name, controller: true }] },
})

function object(kind: string, name: string, extra: Record<string, unknown> = {}) {
  const metadata = { name, namespace: 'shop', ...((extra.metadata as object | undefined) ?? {}) }
  return { value: { kind, spec: { template: { spec: { containers: [] } } }, ...extra, metadata }, source: {} }
}

describe('buildInventory', () => {
  it('judges pods and replica sets through the controller that made them, when it is listed', () => {
    const build = buildInventory(
      [
        object('Deployment', 'web'),
        object('ReplicaSet', 'web-5f7', owner('Deployment', 'web')),
        object('Pod', 'web-5f7-abc', { ...owner('ReplicaSet', 'web-5f7'), spec: { containers: [] } }),
        object('Job', 'report-123', owner('CronJob', 'report')),
      ],
      [],
      TEST_SCOPE,
    )
    expect(build.inventory.workloads.map((workload) => workload.name)).toEqual(['web', 'report-123'])
    expect([...build.dropped]).toEqual([['judged through its controller', 2]])
    expect(build.processed).toBe(2)
  })

  it('sorts objects by kind, drops kinds it does not evaluate, and keeps EncryptionConfiguration files', () => {
    const build = buildInventory(
      [
        { value: { kind: 'ClusterRole', metadata: { name: 'r' } }, source: {} },
        { value: { kind: 'RoleBinding', metadata: { name: 'b', namespace: 'shop' } }, source: {} },
        { value: { kind: 'ConfigMap', metadata: { name: 'c' } }, source: {} },
        { value: { kind: 'EncryptionConfiguration', resources: [] }, source: { file: 'enc.yaml', line: 1 } },
      ],
      [],
      TEST_SCOPE,
    )
    expect(build.inventory.roles.map((role) => role.resource.uid)).toEqual([
      '/apis/rbac.authorization.k8s.io/v1/clusterroles/r',
    ])
    expect(build.inventory.bindings.map((binding) => binding.resource.uid)).toEqual([
      '/apis/rbac.authorization.k8s.io/v1/namespaces/shop/rolebindings/b',
    ])
    expect(build.inventory.encryptionConfigs.map((config) => config.resource.uid)).toEqual(['enc.yaml'])
    expect([...build.dropped]).toEqual([['kind not evaluated', 1]])
  })

  it('places a namespaced object without namespace in default, as kubectl applies it', () => {
    const build = buildInventory(
      [{ value: { kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [] } }, source: {} }],
      [],
      TEST_SCOPE,
    )
    expect(build.inventory.workloads[0]?.resource).toMatchObject({
      uid: '/api/v1/namespaces/default/pods/p',
      namespace: 'default',
    })
  })
})

/**
 * The namespaces GPU workloads run in, with what isolates them: a NetworkPolicy that selects every pod for
 * ingress (as CIS Kubernetes 5.3.2 asks), a ResourceQuota on GPU requests, and the tenant they belong to.
 */
import { asObject, path } from '#shared/json/index.ts'
import { apiPathOf, ingressIsolationOf, labelsOf, selectsAllPods } from '#shared/k8s/index.ts'
import { type K8sObject, known } from '#shared/posture/index.ts'
import type { GpuNamespace, GpuWorkload } from '../inventory.ts'
import { tenantOf } from './gpu-workloads.ts'

export interface NamespaceObjects {
  readonly namespaces: readonly K8sObject[]
  readonly networkPolicies: readonly K8sObject[]
  readonly quotas: readonly K8sObject[]
}

function isolationOf(name: string, policies: readonly K8sObject[]) {
  const own = policies.filter((policy) => policy.namespace === name)
  const isolating = own.find(
    (policy) => selectsAllPods(policy.raw) && ingressIsolationOf(policy.raw) !== 'none',
  )
  if (isolating !== undefined)
    return known(
      { isolated: true, how: `NetworkPolicy ${isolating.name} isolates every pod for ingress` },
      isolating.source.line,
    )
  const held =
    own.length === 0
      ? 'no NetworkPolicy'
      : `${own.length} NetworkPolicy object(s), none isolating every pod for ingress`
  return known({ isolated: false, how: `it has ${held}` })
}

/** Extended resources take quota only on requests (`requests.nvidia.com/gpu`), as the quota docs say. */
function gpuQuotaOf(name: string, quotas: readonly K8sObject[]) {
  for (const quota of quotas.filter((found) => found.namespace === name)) {
    const hard = asObject(path(quota.raw, 'spec', 'hard')) ?? {}
    const limits = Object.entries(hard).filter(([resource]) => resource.startsWith('requests.nvidia.com/'))
    if (limits.length > 0) {
      const text = limits.map(([resource, value]) => `${resource}=${String(value)}`).join(', ')
      return known({ quota: text, how: `ResourceQuota ${quota.name}` }, quota.source.line)
    }
  }
  return known<{ quota?: string; how: string }>({
    how: 'no ResourceQuota limits requests.nvidia.com/* resources',
  })
}

export function gpuNamespacesOf(
  workloads: readonly GpuWorkload[],
  objects: NamespaceObjects,
): GpuNamespace[] {
  const names = [...new Set(workloads.map((workload) => workload.namespace))]
  return names.map((name) => {
    const object = objects.namespaces.find((namespace) => namespace.name === name)
    const first = workloads.find((workload) => workload.namespace === name)
    const tenants = workloads
      .filter((workload) => workload.namespace === name)
      .map((workload) => workload.tenant)
    return {
      resource: object?.resource ?? {
        uid: apiPathOf({ resource: 'namespaces', name }) ?? name,
        name,
        type: 'Namespace',
      },
      // A namespace known only from its workloads points at the first of them, where a fix would start.
      file: object?.source.file ?? first?.file,
      line: object?.source.line ?? first?.line,
      name,
      tenant: object === undefined ? undefined : tenantOf(labelsOf(path(object.raw, 'metadata', 'labels'))),
      workloadTenants: [...new Set(tenants.filter((tenant) => tenant !== undefined))],
      networkIsolation: isolationOf(name, objects.networkPolicies),
      gpuQuota: gpuQuotaOf(name, objects.quotas),
    }
  })
}

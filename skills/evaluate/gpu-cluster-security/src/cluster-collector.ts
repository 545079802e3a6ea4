/**
 * The list calls a live evaluation makes, through the shared collector: nodes, workloads (every kind that
 * holds a pod spec), namespaces, quotas, network policies, storage, and the GPU Operator's ClusterPolicy.
 * Cluster-wide, read-only, 500 objects a page; REFERENCES.md gives the ClusterRole that allows exactly these.
 */
import type { ResourceDetails } from '#shared/ocsf/index.ts'
import {
  builtInListCalls,
  type ClusterCollection,
  type ClusterOptions,
  collectLists,
  connectCluster,
  customPage,
  type ListCall,
  listCall,
  type Progress,
} from '#shared/posture/index.ts'
import { WORKLOAD_SECTIONS } from './benchmark.ts'

export async function collectGpuObjects(
  options: ClusterOptions,
  progress: Progress,
): Promise<ClusterCollection & { readonly scope: ResourceDetails }> {
  const connection = await connectCluster(options)
  const { scope } = connection
  const custom = connection.config.makeApiClient(connection.k8s.CustomObjectsApi)
  const calls: ListCall[] = [
    ...builtInListCalls(connection, [
      'nodes',
      'namespaces',
      ...WORKLOAD_SECTIONS,
      'resourcequotas',
      'networkpolicies',
      'persistentvolumeclaims',
      'persistentvolumes',
      'storageclasses',
    ]),
    {
      ...listCall('clusterpolicies', 'nvidia.com', 'ClusterPolicy', 'nvidia.com/v1', async (r) =>
        customPage(
          await custom.listClusterCustomObject({
            group: 'nvidia.com',
            version: 'v1',
            plural: 'clusterpolicies',
            ...r,
          }),
        ),
      ),
      custom: true,
    },
  ]
  return { ...(await collectLists(calls, scope, progress)), scope }
}

/**
 * The list calls a live evaluation makes, through the shared collector: nodes, workloads (every kind that
 * holds a pod spec), namespaces, quotas, network policies, storage, and the GPU Operator's ClusterPolicy.
 * Cluster-wide, read-only, 500 objects a page; REFERENCES.md gives the ClusterRole that allows exactly these.
 */
import type { ResourceDetails } from '#shared/ocsf/index.ts'
import {
  type ClusterCollection,
  type ClusterOptions,
  collectLists,
  connectCluster,
  customPage,
  type ListCall,
  listCall,
  type Progress,
  typedPage,
} from '#shared/posture/index.ts'

export async function collectGpuObjects(
  options: ClusterOptions,
  progress: Progress,
): Promise<ClusterCollection & { readonly scope: ResourceDetails }> {
  const { k8s, config, scope } = await connectCluster(options)
  const core = config.makeApiClient(k8s.CoreV1Api)
  const apps = config.makeApiClient(k8s.AppsV1Api)
  const batch = config.makeApiClient(k8s.BatchV1Api)
  const networking = config.makeApiClient(k8s.NetworkingV1Api)
  const storage = config.makeApiClient(k8s.StorageV1Api)
  const custom = config.makeApiClient(k8s.CustomObjectsApi)
  const calls: ListCall[] = [
    listCall('nodes', '', 'Node', 'v1', async (r) => typedPage(await core.listNode(r))),
    listCall('namespaces', '', 'Namespace', 'v1', async (r) => typedPage(await core.listNamespace(r))),
    listCall('pods', '', 'Pod', 'v1', async (r) => typedPage(await core.listPodForAllNamespaces(r))),
    listCall('deployments', 'apps', 'Deployment', 'apps/v1', async (r) =>
      typedPage(await apps.listDeploymentForAllNamespaces(r)),
    ),
    listCall('daemonsets', 'apps', 'DaemonSet', 'apps/v1', async (r) =>
      typedPage(await apps.listDaemonSetForAllNamespaces(r)),
    ),
    listCall('statefulsets', 'apps', 'StatefulSet', 'apps/v1', async (r) =>
      typedPage(await apps.listStatefulSetForAllNamespaces(r)),
    ),
    listCall('replicasets', 'apps', 'ReplicaSet', 'apps/v1', async (r) =>
      typedPage(await apps.listReplicaSetForAllNamespaces(r)),
    ),
    listCall('jobs', 'batch', 'Job', 'batch/v1', async (r) =>
      typedPage(await batch.listJobForAllNamespaces(r)),
    ),
    listCall('cronjobs', 'batch', 'CronJob', 'batch/v1', async (r) =>
      typedPage(await batch.listCronJobForAllNamespaces(r)),
    ),
    listCall('resourcequotas', '', 'ResourceQuota', 'v1', async (r) =>
      typedPage(await core.listResourceQuotaForAllNamespaces(r)),
    ),
    listCall('networkpolicies', 'networking.k8s.io', 'NetworkPolicy', 'networking.k8s.io/v1', async (r) =>
      typedPage(await networking.listNetworkPolicyForAllNamespaces(r)),
    ),
    listCall('persistentvolumeclaims', '', 'PersistentVolumeClaim', 'v1', async (r) =>
      typedPage(await core.listPersistentVolumeClaimForAllNamespaces(r)),
    ),
    listCall('persistentvolumes', '', 'PersistentVolume', 'v1', async (r) =>
      typedPage(await core.listPersistentVolume(r)),
    ),
    listCall('storageclasses', 'storage.k8s.io', 'StorageClass', 'storage.k8s.io/v1', async (r) =>
      typedPage(await storage.listStorageClass(r)),
    ),
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

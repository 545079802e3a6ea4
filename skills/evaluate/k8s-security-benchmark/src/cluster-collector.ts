/**
 * The list calls a live evaluation makes, through the shared cluster collector: namespaces, every kind that
 * holds a pod spec, service accounts, RBAC and network policies. Cluster-wide, read-only, a page of 500 at
 * a time; a list the API server forbids becomes a section error, so its controls report Unknown.
 * REFERENCES.md gives the ClusterRole that allows exactly these calls.
 */
import type { ResourceDetails } from '#shared/ocsf/index.ts'
import {
  type ClusterCollection,
  type ClusterOptions,
  collectLists,
  connectCluster,
  type ListCall,
  listCall,
  type Progress,
  typedPage,
} from '#shared/posture/index.ts'

export async function collectCluster(
  options: ClusterOptions,
  progress: Progress,
): Promise<ClusterCollection & { readonly scope: ResourceDetails }> {
  const { k8s, config, scope } = await connectCluster(options)
  const core = config.makeApiClient(k8s.CoreV1Api)
  const apps = config.makeApiClient(k8s.AppsV1Api)
  const batch = config.makeApiClient(k8s.BatchV1Api)
  const rbac = config.makeApiClient(k8s.RbacAuthorizationV1Api)
  const networking = config.makeApiClient(k8s.NetworkingV1Api)
  const rbacVersion = 'rbac.authorization.k8s.io/v1'
  const calls: ListCall[] = [
    listCall('namespaces', '', 'Namespace', 'v1', async (r) => typedPage(await core.listNamespace(r))),
    listCall('pods', '', 'Pod', 'v1', async (r) => typedPage(await core.listPodForAllNamespaces(r))),
    listCall('replicationcontrollers', '', 'ReplicationController', 'v1', async (r) =>
      typedPage(await core.listReplicationControllerForAllNamespaces(r)),
    ),
    listCall('serviceaccounts', '', 'ServiceAccount', 'v1', async (r) =>
      typedPage(await core.listServiceAccountForAllNamespaces(r)),
    ),
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
    listCall('roles', 'rbac.authorization.k8s.io', 'Role', rbacVersion, async (r) =>
      typedPage(await rbac.listRoleForAllNamespaces(r)),
    ),
    listCall('clusterroles', 'rbac.authorization.k8s.io', 'ClusterRole', rbacVersion, async (r) =>
      typedPage(await rbac.listClusterRole(r)),
    ),
    listCall('rolebindings', 'rbac.authorization.k8s.io', 'RoleBinding', rbacVersion, async (r) =>
      typedPage(await rbac.listRoleBindingForAllNamespaces(r)),
    ),
    listCall(
      'clusterrolebindings',
      'rbac.authorization.k8s.io',
      'ClusterRoleBinding',
      rbacVersion,
      async (r) => typedPage(await rbac.listClusterRoleBinding(r)),
    ),
    listCall('networkpolicies', 'networking.k8s.io', 'NetworkPolicy', 'networking.k8s.io/v1', async (r) =>
      typedPage(await networking.listNetworkPolicyForAllNamespaces(r)),
    ),
  ]
  return { ...(await collectLists(calls, scope, progress)), scope }
}

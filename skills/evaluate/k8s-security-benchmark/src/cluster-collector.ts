/**
 * The list calls a live evaluation makes, through the shared cluster collector: namespaces, every kind that
 * holds a pod spec, service accounts, RBAC and network policies. Cluster-wide, read-only, a page of 500 at
 * a time; a list the API server forbids becomes a section error, so its controls report Unknown.
 * REFERENCES.md gives the ClusterRole that allows exactly these calls.
 */
import type { ResourceDetails } from '#shared/ocsf/index.ts'
import {
  type ClusterOptions,
  collectLists,
  connectCluster,
  type ListCall,
  type Progress,
  type SourcedObject,
  typedPage,
} from '#shared/posture/index.ts'

export type { ClusterOptions } from '#shared/posture/index.ts'

export interface ClusterCollection {
  readonly objects: SourcedObject[]
  readonly sectionErrors: Record<string, string>
  readonly scope: ResourceDetails
}

export async function collectCluster(
  options: ClusterOptions,
  progress: Progress,
): Promise<ClusterCollection> {
  const { k8s, config, scope } = await connectCluster(options)
  const core = config.makeApiClient(k8s.CoreV1Api)
  const apps = config.makeApiClient(k8s.AppsV1Api)
  const batch = config.makeApiClient(k8s.BatchV1Api)
  const rbac = config.makeApiClient(k8s.RbacAuthorizationV1Api)
  const networking = config.makeApiClient(k8s.NetworkingV1Api)
  const call = (
    section: string,
    group: string,
    kind: string,
    apiVersion: string,
    list: ListCall['list'],
  ): ListCall => ({
    section,
    group,
    kind,
    apiVersion,
    list,
  })
  const rbacVersion = 'rbac.authorization.k8s.io/v1'
  const calls: ListCall[] = [
    call('namespaces', '', 'Namespace', 'v1', async (r) => typedPage(await core.listNamespace(r))),
    call('pods', '', 'Pod', 'v1', async (r) => typedPage(await core.listPodForAllNamespaces(r))),
    call('replicationcontrollers', '', 'ReplicationController', 'v1', async (r) =>
      typedPage(await core.listReplicationControllerForAllNamespaces(r)),
    ),
    call('serviceaccounts', '', 'ServiceAccount', 'v1', async (r) =>
      typedPage(await core.listServiceAccountForAllNamespaces(r)),
    ),
    call('deployments', 'apps', 'Deployment', 'apps/v1', async (r) =>
      typedPage(await apps.listDeploymentForAllNamespaces(r)),
    ),
    call('daemonsets', 'apps', 'DaemonSet', 'apps/v1', async (r) =>
      typedPage(await apps.listDaemonSetForAllNamespaces(r)),
    ),
    call('statefulsets', 'apps', 'StatefulSet', 'apps/v1', async (r) =>
      typedPage(await apps.listStatefulSetForAllNamespaces(r)),
    ),
    call('replicasets', 'apps', 'ReplicaSet', 'apps/v1', async (r) =>
      typedPage(await apps.listReplicaSetForAllNamespaces(r)),
    ),
    call('jobs', 'batch', 'Job', 'batch/v1', async (r) => typedPage(await batch.listJobForAllNamespaces(r))),
    call('cronjobs', 'batch', 'CronJob', 'batch/v1', async (r) =>
      typedPage(await batch.listCronJobForAllNamespaces(r)),
    ),
    call('roles', 'rbac.authorization.k8s.io', 'Role', rbacVersion, async (r) =>
      typedPage(await rbac.listRoleForAllNamespaces(r)),
    ),
    call('clusterroles', 'rbac.authorization.k8s.io', 'ClusterRole', rbacVersion, async (r) =>
      typedPage(await rbac.listClusterRole(r)),
    ),
    call('rolebindings', 'rbac.authorization.k8s.io', 'RoleBinding', rbacVersion, async (r) =>
      typedPage(await rbac.listRoleBindingForAllNamespaces(r)),
    ),
    call('clusterrolebindings', 'rbac.authorization.k8s.io', 'ClusterRoleBinding', rbacVersion, async (r) =>
      typedPage(await rbac.listClusterRoleBinding(r)),
    ),
    call('networkpolicies', 'networking.k8s.io', 'NetworkPolicy', 'networking.k8s.io/v1', async (r) =>
      typedPage(await networking.listNetworkPolicyForAllNamespaces(r)),
    ),
  ]
  const collection = await collectLists(calls, scope, progress)
  return {
    objects: collection.objects.map((value) => ({ value, source: {} })),
    sectionErrors: collection.sectionErrors,
    scope,
  }
}

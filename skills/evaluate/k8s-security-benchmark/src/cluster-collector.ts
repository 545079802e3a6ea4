/**
 * The list calls a live evaluation makes, through the shared cluster collector: namespaces, every kind that
 * holds a pod spec, service accounts, RBAC and network policies. Cluster-wide, read-only, a page of 500 at
 * a time; a list the API server forbids becomes a section error, so its controls report Unknown.
 * REFERENCES.md gives the ClusterRole that allows exactly these calls.
 */
import type { ResourceDetails } from '#shared/ocsf/index.ts'
import {
  builtInListCalls,
  type ClusterCollection,
  type ClusterOptions,
  collectLists,
  connectCluster,
  type Progress,
} from '#shared/posture/index.ts'

export async function collectCluster(
  options: ClusterOptions,
  progress: Progress,
): Promise<ClusterCollection & { readonly scope: ResourceDetails }> {
  const connection = await connectCluster(options)
  const { scope } = connection
  const calls = builtInListCalls(connection, [
    'namespaces',
    'pods',
    'replicationcontrollers',
    'serviceaccounts',
    'deployments',
    'daemonsets',
    'statefulsets',
    'replicasets',
    'jobs',
    'cronjobs',
    'roles',
    'clusterroles',
    'rolebindings',
    'clusterrolebindings',
    'networkpolicies',
  ])
  return { ...(await collectLists(calls, scope, progress)), scope }
}

/**
 * The list calls a live evaluation makes, through the shared collector: workloads and KServe resources
 * (what runs a model), and Services, Ingresses and NetworkPolicies (what exposes it). Cluster-wide, read-only,
 * 500 objects a page; REFERENCES.md gives the ClusterRole that allows exactly these calls.
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

const KSERVE = 'serving.kserve.io'

export async function collectServingObjects(
  options: ClusterOptions,
  progress: Progress,
): Promise<ClusterCollection & { readonly scope: ResourceDetails }> {
  const { k8s, config, scope } = await connectCluster(options)
  const core = config.makeApiClient(k8s.CoreV1Api)
  const apps = config.makeApiClient(k8s.AppsV1Api)
  const networking = config.makeApiClient(k8s.NetworkingV1Api)
  const custom = config.makeApiClient(k8s.CustomObjectsApi)
  const calls: ListCall[] = [
    listCall('pods', '', 'Pod', 'v1', async (r) => typedPage(await core.listPodForAllNamespaces(r))),
    listCall('deployments', 'apps', 'Deployment', 'apps/v1', async (r) =>
      typedPage(await apps.listDeploymentForAllNamespaces(r)),
    ),
    listCall('statefulsets', 'apps', 'StatefulSet', 'apps/v1', async (r) =>
      typedPage(await apps.listStatefulSetForAllNamespaces(r)),
    ),
    listCall('replicasets', 'apps', 'ReplicaSet', 'apps/v1', async (r) =>
      typedPage(await apps.listReplicaSetForAllNamespaces(r)),
    ),
    {
      section: 'inferenceservices',
      group: KSERVE,
      kind: 'InferenceService',
      apiVersion: `${KSERVE}/v1beta1`,
      custom: true,
      list: async (r) =>
        customPage(
          await custom.listCustomObjectForAllNamespaces({
            group: KSERVE,
            version: 'v1beta1',
            resourcePlural: 'inferenceservices',
            ...r,
          }),
        ),
    },
    {
      section: 'servingruntimes',
      group: KSERVE,
      kind: 'ServingRuntime',
      apiVersion: `${KSERVE}/v1alpha1`,
      custom: true,
      list: async (r) =>
        customPage(
          await custom.listCustomObjectForAllNamespaces({
            group: KSERVE,
            version: 'v1alpha1',
            resourcePlural: 'servingruntimes',
            ...r,
          }),
        ),
    },
    {
      section: 'clusterservingruntimes',
      group: KSERVE,
      kind: 'ClusterServingRuntime',
      apiVersion: `${KSERVE}/v1alpha1`,
      custom: true,
      list: async (r) =>
        customPage(
          await custom.listClusterCustomObject({
            group: KSERVE,
            version: 'v1alpha1',
            plural: 'clusterservingruntimes',
            ...r,
          }),
        ),
    },
    listCall('services', '', 'Service', 'v1', async (r) =>
      typedPage(await core.listServiceForAllNamespaces(r)),
    ),
    listCall('ingresses', 'networking.k8s.io', 'Ingress', 'networking.k8s.io/v1', async (r) =>
      typedPage(await networking.listIngressForAllNamespaces(r)),
    ),
    listCall('networkpolicies', 'networking.k8s.io', 'NetworkPolicy', 'networking.k8s.io/v1', async (r) =>
      typedPage(await networking.listNetworkPolicyForAllNamespaces(r)),
    ),
  ]
  return { ...(await collectLists(calls, scope, progress)), scope }
}

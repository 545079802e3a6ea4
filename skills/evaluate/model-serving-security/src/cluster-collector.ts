/**
 * The list calls a live evaluation makes, through the shared collector: workloads and KServe resources
 * (what runs a model), and Services, Ingresses and NetworkPolicies (what exposes it). Cluster-wide, read-only,
 * 500 objects a page; REFERENCES.md gives the ClusterRole that allows exactly these calls.
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
  type Progress,
} from '#shared/posture/index.ts'

const KSERVE = 'serving.kserve.io'

export async function collectServingObjects(
  options: ClusterOptions,
  progress: Progress,
): Promise<ClusterCollection & { readonly scope: ResourceDetails }> {
  const connection = await connectCluster(options)
  const { scope } = connection
  const custom = connection.config.makeApiClient(connection.k8s.CustomObjectsApi)
  const calls: ListCall[] = [
    ...builtInListCalls(connection, ['pods', 'deployments', 'statefulsets', 'replicasets']),
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
    ...builtInListCalls(connection, ['services', 'ingresses', 'networkpolicies']),
  ]
  return { ...(await collectLists(calls, scope, progress)), scope }
}

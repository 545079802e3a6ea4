/**
 * The Kubernetes objects this skill reads: workloads (through the shared workload table) and the cluster
 * objects around them, whose kinds are served as below, so each is named by its REST path.
 */
import {
  type K8sObject,
  kubernetesObjectOf,
  type ServedKind,
  type SourcedObject,
} from '#shared/posture/index.ts'

const CLUSTER_KINDS: Readonly<Record<string, ServedKind>> = {
  Node: { group: '', version: 'v1', resource: 'nodes', namespaced: false },
  ResourceQuota: { group: '', version: 'v1', resource: 'resourcequotas', namespaced: true },
  PersistentVolumeClaim: { group: '', version: 'v1', resource: 'persistentvolumeclaims', namespaced: true },
  PersistentVolume: { group: '', version: 'v1', resource: 'persistentvolumes', namespaced: false },
  StorageClass: { group: 'storage.k8s.io', version: 'v1', resource: 'storageclasses', namespaced: false },
  ClusterPolicy: { group: 'nvidia.com', version: 'v1', resource: 'clusterpolicies', namespaced: false },
}

export function toK8sObject(sourced: SourcedObject): K8sObject {
  return kubernetesObjectOf(sourced, CLUSTER_KINDS)
}

/**
 * The Kubernetes objects this skill reads, by role: what runs a model (workloads, KServe InferenceServices),
 * what configures it (ServingRuntimes), and what exposes it (Services, Ingresses, NetworkPolicies). Kinds
 * outside the shared workload table are served as below, so each object is named by its REST path.
 */
import {
  type K8sObject,
  kubernetesObjectOf,
  type ServedKind,
  type SourcedObject,
} from '#shared/posture/index.ts'

const SERVING_KINDS: Readonly<Record<string, ServedKind>> = {
  InferenceService: {
    group: 'serving.kserve.io',
    version: 'v1beta1',
    resource: 'inferenceservices',
    namespaced: true,
  },
  ServingRuntime: {
    group: 'serving.kserve.io',
    version: 'v1alpha1',
    resource: 'servingruntimes',
    namespaced: true,
  },
  ClusterServingRuntime: {
    group: 'serving.kserve.io',
    version: 'v1alpha1',
    resource: 'clusterservingruntimes',
    namespaced: false,
  },
  Service: { group: '', version: 'v1', resource: 'services', namespaced: true },
  Ingress: { group: 'networking.k8s.io', version: 'v1', resource: 'ingresses', namespaced: true },
  NetworkPolicy: { group: 'networking.k8s.io', version: 'v1', resource: 'networkpolicies', namespaced: true },
}

export function toK8sObject(sourced: SourcedObject): K8sObject {
  return kubernetesObjectOf(sourced, SERVING_KINDS)
}

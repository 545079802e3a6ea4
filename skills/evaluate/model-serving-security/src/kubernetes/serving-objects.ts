/**
 * The Kubernetes objects this skill reads, each with the file and line it came from, sorted by role: what
 * runs a model (workloads, KServe InferenceServices), what configures it (ServingRuntimes), and what exposes
 * it (Services, Ingresses, NetworkPolicies).
 */
import { asString, type JsonObject, path } from '#shared/json/index.ts'
import { apiPathOf, kindInfoOf, namespaceOf, objectPathOf } from '#shared/k8s/index.ts'
import type { ResourceDetails } from '#shared/ocsf/index.ts'

/** Where an object was read: the file (absent for a live cluster) and the line its definition starts on. */
export interface SourceRef {
  readonly file?: string
  readonly line?: number
}

export interface SourcedObject {
  readonly value: JsonObject
  readonly source: SourceRef
}

interface ServingKind {
  readonly group: string
  readonly version: string
  readonly resource: string
  readonly namespaced: boolean
}

/** Kinds outside the shared workload table: KServe's and the networking objects in front of a server. */
export const SERVING_KINDS: Readonly<Record<string, ServingKind>> = {
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

export interface K8sObject {
  readonly kind: string
  readonly name: string
  readonly namespace?: string
  readonly raw: JsonObject
  readonly resource: ResourceDetails
  readonly source: SourceRef
}

/** Manifests without a namespace land in the one kubectl applies them to by default. */
const DEFAULT_NAMESPACE = 'default'

function namespaceOfKind(value: JsonObject, kind: string): string | undefined {
  const workload = kindInfoOf(kind)
  if (workload !== undefined) return namespaceOf(value, workload)
  if (SERVING_KINDS[kind]?.namespaced !== true) return undefined
  return asString(path(value, 'metadata', 'namespace')) ?? DEFAULT_NAMESPACE
}

/** The REST path of the object, which names it the same way in a manifest and in the live cluster. */
function restPathOf(value: JsonObject, kind: string, name: string, namespace: string | undefined): string {
  const known = objectPathOf(value)
  if (known !== undefined) return known
  const serving = SERVING_KINDS[kind]
  const restPath =
    serving === undefined
      ? undefined
      : apiPathOf({
          apiGroup: serving.group,
          apiVersion: serving.version,
          namespace,
          resource: serving.resource,
          name,
        })
  return restPath ?? `${kind}/${name}`
}

export function toK8sObject(sourced: SourcedObject): K8sObject {
  const kind = asString(sourced.value.kind) ?? ''
  const name = asString(path(sourced.value, 'metadata', 'name')) ?? '(unnamed)'
  const namespace = namespaceOfKind(sourced.value, kind)
  return {
    kind,
    name,
    namespace,
    raw: sourced.value,
    resource: {
      uid: restPathOf(sourced.value, kind, name, namespace),
      uid_alt: asString(path(sourced.value, 'metadata', 'uid')),
      name,
      namespace,
      type: kind,
    },
    source: sourced.source,
  }
}

/**
 * The Kubernetes objects this skill reads, each with the file and line it came from: workloads (through the
 * shared workload table) and the cluster objects around them, with the REST path that names each one the
 * same way in a manifest and in the live cluster.
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

interface ClusterKind {
  readonly group: string
  readonly version: string
  readonly resource: string
  readonly namespaced: boolean
}

/** Kinds outside the shared workload table that a GPU cluster evaluation reads. */
export const CLUSTER_KINDS: Readonly<Record<string, ClusterKind>> = {
  Node: { group: '', version: 'v1', resource: 'nodes', namespaced: false },
  ResourceQuota: { group: '', version: 'v1', resource: 'resourcequotas', namespaced: true },
  PersistentVolumeClaim: { group: '', version: 'v1', resource: 'persistentvolumeclaims', namespaced: true },
  PersistentVolume: { group: '', version: 'v1', resource: 'persistentvolumes', namespaced: false },
  StorageClass: { group: 'storage.k8s.io', version: 'v1', resource: 'storageclasses', namespaced: false },
  ClusterPolicy: { group: 'nvidia.com', version: 'v1', resource: 'clusterpolicies', namespaced: false },
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

export function toK8sObject(sourced: SourcedObject): K8sObject {
  const kind = asString(sourced.value.kind) ?? ''
  const name = asString(path(sourced.value, 'metadata', 'name')) ?? '(unnamed)'
  const shared = kindInfoOf(kind)
  const cluster = CLUSTER_KINDS[kind]
  let namespace: string | undefined
  if (shared !== undefined) namespace = namespaceOf(sourced.value, shared)
  else if (cluster?.namespaced === true)
    namespace = asString(path(sourced.value, 'metadata', 'namespace')) ?? DEFAULT_NAMESPACE
  const restPath =
    objectPathOf(sourced.value) ??
    (cluster === undefined
      ? undefined
      : apiPathOf({
          apiGroup: cluster.group,
          apiVersion: cluster.version,
          namespace,
          resource: cluster.resource,
          name,
        }))
  return {
    kind,
    name,
    namespace,
    raw: sourced.value,
    resource: {
      uid: restPath ?? `${kind}/${name}`,
      uid_alt: asString(path(sourced.value, 'metadata', 'uid')),
      name,
      namespace,
      type: kind,
    },
    source: sourced.source,
  }
}

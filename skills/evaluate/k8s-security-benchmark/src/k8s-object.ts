/** One Kubernetes object as the controls read it: its identity as an OCSF resource, and where it was read. */

import { asString, type JsonObject, path } from '#shared/json/index.ts'
import { type KindInfo, namespaceOf, objectPathOf, type PodContainer } from '#shared/k8s/index.ts'
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

export interface K8sObject {
  readonly kind: string
  readonly name: string
  readonly namespace?: string
  readonly raw: JsonObject
  readonly resource: ResourceDetails
  readonly source: SourceRef
}

export interface Workload extends K8sObject {
  readonly podSpec: JsonObject
  readonly containers: readonly PodContainer[]
}

/**
 * The resource uid is the object's REST path, which names it the same way in a manifest and in the live
 * cluster; the server-assigned UID, when there is one, is kept as uid_alt.
 */
export function toK8sObject(sourced: SourcedObject, kind: string, info: KindInfo): K8sObject {
  const name = asString(path(sourced.value, 'metadata', 'name')) ?? '(unnamed)'
  const namespace = namespaceOf(sourced.value, info)
  return {
    kind,
    name,
    namespace,
    raw: sourced.value,
    resource: {
      uid: objectPathOf(sourced.value) ?? `${kind}/${name}`,
      uid_alt: asString(path(sourced.value, 'metadata', 'uid')),
      name,
      namespace,
      type: kind,
    },
    source: sourced.source,
  }
}

/** A configuration file that is not an API object (EncryptionConfiguration): it is named by its file. */
export function toConfigFileObject(sourced: SourcedObject, kind: string): K8sObject {
  const file = sourced.source.file ?? kind
  return {
    kind,
    name: file,
    raw: sourced.value,
    resource: { uid: file, name: file, type: kind },
    source: sourced.source,
  }
}

/**
 * Kubernetes objects as the posture controls read them: each with the file and line it came from (none for
 * a live cluster), and named as an OCSF resource by its REST path, which names it the same way in a
 * manifest and in the live cluster.
 */
import { asArray, asObject, asString, type JsonObject, path } from '../json/index.ts'
import { apiPathOf, kindInfoOf, namespaceOf, objectPathOf } from '../k8s/index.ts'
import type { ResourceDetails } from '../ocsf/index.ts'

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

/** How the API serves a kind outside the shared workload table (a Node, a CRD), to name its REST path. */
export interface ServedKind {
  readonly group: string
  readonly version: string
  readonly resource: string
  readonly namespaced: boolean
}

/** Manifests without a namespace land in the one kubectl applies them to by default. */
const DEFAULT_NAMESPACE = 'default'

function namespaceOfKind(
  value: JsonObject,
  kind: string,
  servedKinds: Readonly<Record<string, ServedKind>>,
): string | undefined {
  const workload = kindInfoOf(kind)
  if (workload !== undefined) return namespaceOf(value, workload)
  if (servedKinds[kind]?.namespaced !== true) return undefined
  return asString(path(value, 'metadata', 'namespace')) ?? DEFAULT_NAMESPACE
}

function restPathOf(
  value: JsonObject,
  kind: string,
  name: string,
  namespace: string | undefined,
  servedKinds: Readonly<Record<string, ServedKind>>,
): string {
  const known = objectPathOf(value)
  if (known !== undefined) return known
  const served = servedKinds[kind]
  const restPath =
    served === undefined
      ? undefined
      : apiPathOf({
          apiGroup: served.group,
          apiVersion: served.version,
          namespace,
          resource: served.resource,
          name,
        })
  return restPath ?? `${kind}/${name}`
}

/** The object as a resource; the server-assigned UID, when there is one, is kept as uid_alt. */
export function kubernetesObjectOf(
  sourced: SourcedObject,
  servedKinds: Readonly<Record<string, ServedKind>>,
): K8sObject {
  const kind = asString(sourced.value.kind) ?? ''
  const name = asString(path(sourced.value, 'metadata', 'name')) ?? '(unnamed)'
  const namespace = namespaceOfKind(sourced.value, kind, servedKinds)
  return {
    kind,
    name,
    namespace,
    raw: sourced.value,
    resource: {
      uid: restPathOf(sourced.value, kind, name, namespace, servedKinds),
      uid_alt: asString(path(sourced.value, 'metadata', 'uid')),
      name,
      namespace,
      type: kind,
    },
    source: sourced.source,
  }
}

/** Identifies an object among the input's: kind, namespace and name. */
export function objectKey(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}/${namespace ?? ''}/${name}`
}

/**
 * The controller its ownerReferences name is in the input too (`listed` holds objectKeys): a Pod its
 * ReplicaSet made, or a ReplicaSet its Deployment made, is judged through that controller, whose template
 * is what to fix, rather than report one weakness many times.
 */
export function hasListedController(
  raw: JsonObject,
  namespace: string | undefined,
  listed: ReadonlySet<string>,
): boolean {
  for (const reference of asArray(path(raw, 'metadata', 'ownerReferences')) ?? []) {
    const owner = asObject(reference)
    const kind = asString(owner?.kind)
    const name = asString(owner?.name)
    if (owner?.controller !== true || kind === undefined || name === undefined) continue
    if (listed.has(objectKey(kind, namespace, name))) return true
  }
  return false
}

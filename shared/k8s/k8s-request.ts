/**
 * A Kubernetes API request as detection rules see it, read back from the OCSF API Activity fields that
 * ingest-k8s-audit-ocsf sets (OCSF_CONTRACT.md). Fields are read through the untrusted-JSON helpers, so
 * a field of the wrong type reads as absent instead of throwing.
 */
import { asArray, asInt, asObject, asString, type JsonObject, path } from '../json/index.ts'
import { parseServiceAccount, type ServiceAccountName } from './principals.ts'

export interface K8sRequest {
  readonly verb: string
  /** RBAC notation: `secrets`, `pods/exec`. */
  readonly resource: string | undefined
  readonly namespace: string | undefined
  readonly name: string | undefined
  readonly username: string | undefined
  readonly groups: readonly string[]
  readonly serviceAccount: ServiceAccountName | undefined
  /** The authorizer allowed it and the API server did not answer with an error. */
  readonly succeeded: boolean
  /** The object as submitted, for create, update and patch. */
  readonly object: JsonObject | undefined
  /** The request URI's query (`labelSelector`, exec's `command`), decoded. */
  readonly query: URLSearchParams
}

/**
 * The last event read and its reading. A detector's rules read each event in turn, and the reading is
 * the same each time (events are not changed once parsed), so it is worked out once per event. One
 * entry is enough for that and costs the garbage collector nothing, unlike a map of every event.
 */
let lastEvent: object | undefined
let lastReading: K8sRequest | undefined

/** Undefined for anything that is not a Kubernetes API request. */
export function k8sRequestOf(event: unknown): K8sRequest | undefined {
  if (typeof event !== 'object' || event === null) return undefined
  if (event !== lastEvent) {
    lastReading = readK8sRequest(event)
    lastEvent = event
  }
  return lastReading
}

function readK8sRequest(event: object): K8sRequest | undefined {
  if (path(event, 'api', 'service', 'name') !== 'k8s.io') return undefined
  const verb = asString(path(event, 'api', 'operation'))
  if (verb === undefined) return undefined
  const resource = asObject(asArray(path(event, 'resources'))?.[0])
  const username = asString(path(event, 'actor', 'user', 'name'))
  const groups: string[] = []
  for (const group of asArray(path(event, 'actor', 'user', 'groups')) ?? []) {
    const name = asString(path(group, 'name'))
    if (name !== undefined) groups.push(name)
  }
  const authorizations = asArray(path(event, 'actor', 'authorizations')) ?? []
  const denied = authorizations.some((authorization) => path(authorization, 'decision') === 'forbid')
  return {
    verb,
    resource: asString(resource?.type),
    namespace: asString(resource?.namespace),
    name: asString(resource?.name),
    username,
    groups,
    serviceAccount: parseServiceAccount(username),
    succeeded: !denied && asInt(path(event, 'status_id')) !== 2,
    object: asObject(resource?.data),
    query: new URLSearchParams(asString(path(event, 'http_request', 'url', 'query_string')) ?? ''),
  }
}

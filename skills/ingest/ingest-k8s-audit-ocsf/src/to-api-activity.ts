/** Maps one Kubernetes audit event to OCSF API Activity (6003). */

import { isIP } from 'node:net'
import { type EventTime, provenanceMetadata } from '#shared/ingest/index.ts'
import type { Location } from '#shared/io/index.ts'
import {
  asArray,
  asInt,
  asObject,
  asString,
  asStrings,
  compact,
  compactOrOmit,
  type JsonObject,
  lookup,
  nonEmpty,
  path,
} from '#shared/json/index.ts'
import { apiPathOf, PRINCIPAL_USER_TYPE, principalKind, rbacResourceOf } from '#shared/k8s/index.ts'
import {
  ACTIVITY_STATUS,
  API_ACTIVITY,
  type ApiActivity,
  buildMetadata,
  type Cloud,
  classification,
  type ResourceDetails,
  severity,
  type User,
} from '#shared/ocsf/index.ts'
import type { AuditRecord, SourceForm } from './audit-record.ts'
import { VERB_ACTIVITY, VERB_HTTP_METHOD } from './mappings/verbs.ts'

export const SKILL_NAME = 'ingest-k8s-audit-ocsf'

const LOG_PROVIDERS: Readonly<Record<SourceForm, string>> = {
  'kube-apiserver': 'Kubernetes API server audit',
  eks: 'Amazon EKS control plane logging',
  aks: 'Azure Kubernetes Service diagnostic logs',
  gke: 'Google Cloud Audit Logs (GKE)',
}

/** Secret values never leave the audit log: a request object of a Secret keeps its keys, not their values. */
function redactSecretData(
  resource: string | undefined,
  object: JsonObject | undefined,
): JsonObject | undefined {
  if (object === undefined || resource !== 'secrets') return object
  const redacted: JsonObject = { ...object }
  for (const field of ['data', 'stringData']) {
    const values = asObject(object[field])
    if (values === undefined) continue
    redacted[field] = Object.fromEntries(Object.keys(values).map((key) => [key, '[redacted]']))
  }
  return redacted
}

/**
 * A JSON Patch body (`kubectl patch --type json`) is a list of operations; for a Secret, every value
 * an operation writes is redacted, whatever its path, since a patch can replace the whole data map.
 */
function redactSecretPatch(resource: string | undefined, operations: unknown[]): unknown[] {
  if (resource !== 'secrets') return operations
  return operations.map((operation) => {
    const object = asObject(operation)
    return object !== undefined && Object.hasOwn(object, 'value')
      ? { ...object, value: '[redacted]' }
      : operation
  })
}

/** The submitted object of a write: a manifest or merge patch (an object), or a JSON Patch (a list of operations). */
function submittedObject(
  resource: string | undefined,
  requestObject: unknown,
): JsonObject | unknown[] | undefined {
  if (Array.isArray(requestObject)) return redactSecretPatch(resource, requestObject)
  return redactSecretData(resource, asObject(requestObject))
}

function userOf(event: JsonObject): User | undefined {
  const username = asString(path(event, 'user', 'username'))
  const uid = asString(path(event, 'user', 'uid'))
  if (username === undefined && uid === undefined) return undefined
  const groups = asStrings(path(event, 'user', 'groups')).map((name) => ({ name }))
  return compact({
    name: username,
    uid,
    ...PRINCIPAL_USER_TYPE[principalKind(username)],
    groups: nonEmpty(groups),
  })
}

/** EKS users authenticate with IAM: the role ARN and access key they used are the session behind the request. */
function sessionOf(event: JsonObject) {
  const issuer =
    asStrings(path(event, 'user', 'extra', 'canonicalArn'))[0] ??
    asStrings(path(event, 'user', 'extra', 'arn'))[0]
  const credentialUid = asStrings(path(event, 'user', 'extra', 'accessKeyId'))[0]
  const sessionName = asStrings(path(event, 'user', 'extra', 'sessionName'))[0]
  if (issuer === undefined && credentialUid === undefined) return undefined
  return compact({ issuer, credential_uid: credentialUid, uid: sessionName })
}

function authorizationsOf(event: JsonObject) {
  const decision = asString(path(event, 'annotations', 'authorization.k8s.io/decision'))
  if (decision === undefined) return undefined
  const reason = asString(path(event, 'annotations', 'authorization.k8s.io/reason'))
  return [
    compact({
      decision,
      policy: reason === undefined ? undefined : { name: 'Kubernetes authorizer', desc: reason },
    }),
  ]
}

function sourceEndpointOf(event: JsonObject) {
  const addresses = asStrings(event.sourceIPs).filter((address) => isIP(address) !== 0)
  const [ip, ...intermediate] = addresses
  // src_endpoint is required; a request logged without an address keeps a named placeholder.
  if (ip === undefined) return { name: 'unknown' }
  return compact({ ip, intermediate_ips: nonEmpty(intermediate) })
}

function resourceOf(event: JsonObject, verb: string | undefined): ResourceDetails | undefined {
  const ref = asObject(event.objectRef)
  if (ref === undefined) return undefined
  const resource = asString(ref.resource)
  const subresource = asString(ref.subresource)
  const name = asString(ref.name)
  const namespace = asString(ref.namespace)
  const apiPath = apiPathOf({
    apiGroup: asString(ref.apiGroup),
    apiVersion: asString(ref.apiVersion),
    namespace,
    resource,
    name,
    subresource,
  })
  if (apiPath === undefined && name === undefined) return undefined
  const isWrite = verb === 'create' || verb === 'update' || verb === 'patch'
  const requestObject = isWrite ? submittedObject(resource, event.requestObject) : undefined
  return compact({
    type: resource === undefined ? undefined : rbacResourceOf(resource, subresource),
    name,
    namespace,
    uid: apiPath,
    uid_alt: asString(ref.uid),
    group: asString(ref.apiGroup) ? { name: asString(ref.apiGroup) } : undefined,
    version: asString(ref.apiVersion),
    data: requestObject,
  })
}

function statusOf(code: number | undefined) {
  if (code === undefined) return ACTIVITY_STATUS.unknown
  return code < 400 ? ACTIVITY_STATUS.success : ACTIVITY_STATUS.failure
}

function cloudOf(record: AuditRecord): Cloud | undefined {
  const { provider, accountUid, region } = record.cluster
  if (provider === undefined) return undefined
  return compact({ provider, region, account: accountUid === undefined ? undefined : { uid: accountUid } })
}

function messageOf(
  username: string | undefined,
  verb: string | undefined,
  resource: ResourceDetails | undefined,
  code: number | undefined,
): string {
  const target = [resource?.namespace, resource?.name].filter((part) => part !== undefined).join('/')
  const what = [resource?.type, target].filter((part) => part !== undefined && part !== '').join(' ')
  const outcome = code === undefined ? '' : ` (${code})`
  const message = `${username ?? 'unknown user'} ${verb ?? 'unknown verb'} ${what}${outcome}`
  // Only odd input (no target, whitespace inside a name) needs the whitespace folded.
  return /\s\s|[^\S ]|^\s|\s$/.test(message) ? message.replace(/\s+/g, ' ').trim() : message
}

export interface MappingContext {
  readonly location: Location
  readonly eventTime: EventTime
  readonly eventUid: string
}

export function toApiActivity(record: AuditRecord, context: MappingContext): ApiActivity {
  const { event } = record
  const verb = asString(event.verb)
  const activityId = lookup(VERB_ACTIVITY, verb) ?? 99
  const code = asInt(path(event, 'responseStatus', 'code'))
  const userAgent = asString(event.userAgent)
  const user = userOf(event)
  const resource = resourceOf(event, verb)
  const cloud = cloudOf(record)
  const auditId = asString(event.auditID)
  const requestUri = asString(event.requestURI)
  const [uriPath, query] = requestUri === undefined ? [] : requestUri.split('?', 2)
  const impersonated = asString(path(event, 'impersonatedUser', 'username'))
  const status = statusOf(code)
  // Members left undefined are not written (JSON.stringify leaves them out), so the event is not copied to drop them.
  return {
    ...classification(API_ACTIVITY, activityId),
    ...severity('informational'),
    time: context.eventTime.time,
    message: messageOf(user?.name, verb, resource, code),
    ...status,
    status_code: code === undefined ? undefined : String(code),
    status_detail:
      asString(path(event, 'responseStatus', 'message')) ?? asString(path(event, 'responseStatus', 'reason')),
    metadata: buildMetadata(SKILL_NAME, {
      uid: context.eventUid,
      profiles: cloud === undefined ? undefined : ['cloud'],
      ...provenanceMetadata({
        originalEventUid: auditId ?? record.envelopeUid,
        location: context.location,
        eventTime: context.eventTime,
        logProvider: LOG_PROVIDERS[record.form],
      }),
      log_name: record.cluster.clusterName,
      log_version: asString(event.apiVersion),
    }),
    actor: compact({
      user: user ?? { name: 'unknown' },
      session: sessionOf(event),
      authorizations: authorizationsOf(event),
    }),
    api: compact({
      operation: verb ?? 'unknown',
      service: { name: 'k8s.io' },
      version: asString(path(event, 'objectRef', 'apiVersion')),
      group: asString(path(event, 'objectRef', 'apiGroup'))
        ? { name: asString(path(event, 'objectRef', 'apiGroup')) }
        : undefined,
      request: auditId === undefined ? undefined : { uid: auditId },
      response: compactOrOmit({
        code,
        error:
          code !== undefined && code >= 400 ? asString(path(event, 'responseStatus', 'reason')) : undefined,
        message: asString(path(event, 'responseStatus', 'message')),
      }),
    }),
    src_endpoint: sourceEndpointOf(event),
    http_request: compactOrOmit({
      user_agent: userAgent,
      http_method: lookup(VERB_HTTP_METHOD, verb),
      url: uriPath === undefined ? undefined : compact({ path: uriPath, query_string: query }),
    }),
    resources: resource === undefined ? undefined : [resource],
    cloud,
    unmapped: compactOrOmit({
      stage: asString(event.stage),
      level: asString(event.level),
      impersonated_user:
        impersonated === undefined
          ? undefined
          : compact({
              username: impersonated,
              groups: nonEmpty(asStrings(path(event, 'impersonatedUser', 'groups'))),
            }),
      annotations: asArray(event.annotations) === undefined ? asObject(event.annotations) : undefined,
    }),
  }
}

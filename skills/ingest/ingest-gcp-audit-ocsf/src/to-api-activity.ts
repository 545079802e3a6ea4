/** Maps one Cloud Audit Logs entry to OCSF API Activity (6003) with the cloud profile. */
import { isIP } from 'node:net'
import { type EventTime, httpMethodOf, provenanceMetadata } from '#shared/ingest/index.ts'
import type { Location } from '#shared/io/index.ts'
import {
  asInt,
  asObject,
  asString,
  compact,
  compactOrOmit,
  type JsonObject,
  path,
} from '#shared/json/index.ts'
import {
  ACTIVITY_STATUS,
  API_ACTIVITY,
  type ApiActivity,
  buildMetadata,
  classification,
  type HttpRequest,
  type NetworkEndpoint,
  type Request,
  type ResourceDetails,
  severity,
} from '#shared/ocsf/index.ts'
import { actorOf, delegationChainOf } from './actor.ts'
import type { AuditEntry } from './audit-entry.ts'
import { cloudOf } from './cloud-context.ts'
import { METHOD_VERB_ACTIVITY, methodVerbOf } from './mappings/method-verbs.ts'
import { RPC_CODE_NAMES } from './mappings/rpc-codes.ts'
import { redactBody } from './redaction.ts'

export const SKILL_NAME = 'ingest-gcp-audit-ocsf'

const LOG_PROVIDER = 'Google Cloud Audit Logs'

/** callerIp is an address, or a word where Google withholds it (`private`, `gce-internal-ip`). */
function sourceEndpointOf(auditLog: JsonObject): NetworkEndpoint {
  const metadata = asObject(auditLog.requestMetadata)
  const caller = asString(metadata?.callerIp) ?? asString(metadata?.callerIP)
  const vpc = asString(metadata?.callerNetwork)
  if (caller === undefined) return compact({ name: 'unknown', vpc_uid: vpc })
  return isIP(caller) === 0 ? compact({ name: caller, vpc_uid: vpc }) : compact({ ip: caller, vpc_uid: vpc })
}

function httpRequestOf(auditLog: JsonObject): HttpRequest | undefined {
  const attributes = asObject(path(auditLog, 'requestMetadata', 'requestAttributes'))
  const urlPath = asString(attributes?.path)
  return compactOrOmit({
    user_agent: asString(path(auditLog, 'requestMetadata', 'callerSuppliedUserAgent')),
    http_method: httpMethodOf(asString(attributes?.method)),
    uid: asString(attributes?.id),
    url: urlPath === undefined ? undefined : compact({ path: urlPath, hostname: asString(attributes?.host) }),
  })
}

/**
 * The resource's name: the last segment of resourceName (`projects/p/serviceAccounts/sa@p.iam.gserviceaccount.com/keys/k1`
 * is `k1`), except for GKE, whose resourceName is `<group>/<version>[/namespaces/<ns>]/<resource>/<name>[/<subresource>]`.
 */
function resourceNameParts(resourceName: string, serviceName: string | undefined) {
  const segments = resourceName.split('/').filter((segment) => segment.length > 0)
  if (serviceName !== 'k8s.io') return { name: segments.at(-1) }
  const namespaceIndex = segments.indexOf('namespaces')
  const namespace = namespaceIndex === -1 ? undefined : segments[namespaceIndex + 1]
  const afterNamespace = namespaceIndex === -1 ? segments.slice(2) : segments.slice(namespaceIndex + 2)
  // A namespace itself (`core/v1/namespaces/payments`) is named by it.
  return { name: afterNamespace[1] ?? namespace, namespace }
}

function resourceOf(entry: JsonObject, auditLog: JsonObject): ResourceDetails | undefined {
  const resourceName = asString(auditLog.resourceName)
  if (resourceName === undefined) return undefined
  const { name, namespace } = resourceNameParts(resourceName, asString(auditLog.serviceName))
  return compact({
    uid: resourceName,
    name,
    type: asString(path(entry, 'resource', 'type')),
    namespace,
    // What the service reports about the change it made: the IAM binding deltas of SetIamPolicy, and
    // service-specific metadata; both are named as AuditLog names them.
    data: compactOrOmit({
      service_data: redactBody(auditLog.serviceData),
      metadata: redactBody(auditLog.metadata),
    }),
  })
}

function statusOf(code: number | undefined) {
  return code === undefined || code === 0 ? ACTIVITY_STATUS.success : ACTIVITY_STATUS.failure
}

function messageOf(principal: string, methodName: string, resourceName: string | undefined, code?: number) {
  const outcome = code === undefined || code === 0 ? '' : ` (${RPC_CODE_NAMES[code] ?? code})`
  return `${principal} ${methodName}${resourceName === undefined ? '' : ` ${resourceName}`}${outcome}`
}

export interface MappingContext {
  readonly location: Location
  readonly eventTime: EventTime
  readonly eventUid: string
}

/**
 * The request as the service logged it. Its uid is the request's own id where the service sets one
 * (requestAttributes.id), else the entry's insertId (Cloud Audit Logs writes one entry per audited call);
 * an entry with neither but with a request body falls back to the event's stable uid.
 */
function requestOf(auditEntry: AuditEntry, eventUid: string): Request | undefined {
  const data = redactBody(auditEntry.auditLog.request)
  const sourceUid =
    asString(path(auditEntry.auditLog, 'requestMetadata', 'requestAttributes', 'id')) ??
    asString(auditEntry.entry.insertId)
  if (sourceUid === undefined && data === undefined) return undefined
  return compact({ uid: sourceUid ?? eventUid, data })
}

export function toApiActivity(auditEntry: AuditEntry, context: MappingContext): ApiActivity {
  const { entry, auditLog } = auditEntry
  const methodName = asString(auditLog.methodName) ?? 'unknown'
  const resourceName = asString(auditLog.resourceName)
  const code = asInt(path(auditLog, 'status', 'code'))
  const statusMessage = asString(path(auditLog, 'status', 'message'))
  const actor = actorOf(auditLog)
  const delegationChain = delegationChainOf(asObject(auditLog.authenticationInfo))
  const resource = resourceOf(entry, auditLog)
  return compact({
    ...classification(API_ACTIVITY, METHOD_VERB_ACTIVITY[methodVerbOf(methodName)] ?? 99),
    ...severity('informational'),
    time: context.eventTime.time,
    message: messageOf(actor.user?.name ?? 'unknown', methodName, resourceName, code),
    ...statusOf(code),
    status_code: code === undefined ? undefined : String(code),
    status_detail: statusMessage,
    metadata: buildMetadata(SKILL_NAME, {
      uid: context.eventUid,
      correlation_uid: asString(path(entry, 'operation', 'id')),
      profiles: ['cloud'],
      ...provenanceMetadata({
        originalEventUid: asString(entry.insertId),
        location: context.location,
        eventTime: context.eventTime,
        logProvider: LOG_PROVIDER,
      }),
      log_name: asString(entry.logName),
      log_level: asString(entry.severity),
    }),
    actor,
    api: compact({
      operation: methodName,
      service: compactOrOmit({ name: asString(auditLog.serviceName) }),
      request: requestOf(auditEntry, context.eventUid),
      response: compactOrOmit({
        code,
        error: code === undefined || code === 0 ? undefined : (RPC_CODE_NAMES[code] ?? String(code)),
        message: statusMessage,
        data: redactBody(auditLog.response),
      }),
    }),
    src_endpoint: sourceEndpointOf(auditLog),
    http_request: httpRequestOf(auditLog),
    resources: resource === undefined ? undefined : [resource],
    cloud: cloudOf(entry, auditLog),
    unmapped: compactOrOmit({
      service_account_delegation: delegationChain.length > 0 ? delegationChain : undefined,
      monitored_resource: asObject(entry.resource),
      operation: asObject(entry.operation),
      labels: asObject(entry.labels),
      num_response_items: asString(auditLog.numResponseItems),
    }),
  })
}

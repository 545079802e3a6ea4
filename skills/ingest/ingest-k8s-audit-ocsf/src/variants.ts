/**
 * One small reader per form the audit log arrives in, each chosen by a type guard and each returning
 * the same AuditRecord: the kube-apiserver log backend, EKS through CloudWatch Logs, AKS diagnostic
 * records, and GKE Cloud Audit Logs entries.
 */
import { RecordError } from '#shared/errors/index.ts'
import { asObject, asString, asStrings, type JsonObject, path } from '#shared/json/index.ts'
import type { AuditRecord, ClusterContext } from './audit-record.ts'
import { gkeEntryToAuditEvent } from './gke-entry.ts'

/** Result of reading one record: an audit record, or the reason it is not one (counted as dropped). */
export type VariantResult = { readonly record: AuditRecord } | { readonly dropReason: string }

function parseEmbeddedJson(text: string, what: string): JsonObject {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new RecordError(`malformed ${what}`, (error as Error).message)
  }
  const object = asObject(value)
  if (object === undefined) throw new RecordError(`malformed ${what}`, 'not a JSON object')
  return object
}

/** An EKS user carries the IAM identity it authenticated with in user.extra; the ARN gives the account. */
function eksContextOf(event: JsonObject): ClusterContext | undefined {
  const arn =
    asStrings(path(event, 'user', 'extra', 'arn'))[0] ??
    asStrings(path(event, 'user', 'extra', 'canonicalArn'))[0]
  if (arn === undefined || !arn.startsWith('arn:aws')) return undefined
  const accountUid = arn.split(':')[4]
  return { provider: 'AWS', accountUid: accountUid === '' ? undefined : accountUid }
}

/** `/aws/eks/<cluster>/cluster` is the log group EKS control plane logging writes to. */
function eksClusterOfLogGroup(logGroup: string | undefined): string | undefined {
  const match = logGroup === undefined ? null : /^\/aws\/eks\/([^/]+)\/cluster$/.exec(logGroup)
  return match?.[1]
}

function looksLikeAuditEvent(event: JsonObject): boolean {
  if (event.kind === 'Event' && asString(event.apiVersion)?.startsWith('audit.k8s.io/')) return true
  if (typeof event.verb !== 'string') return false
  if (event.kind === 'Event') return true
  return (
    asObject(event.objectRef) !== undefined ||
    typeof event.requestURI === 'string' ||
    asObject(event.user) !== undefined
  )
}

function readAks(record: JsonObject, log: string): VariantResult {
  const event = parseEmbeddedJson(log, 'AKS properties.log payload')
  const resourceId = asString(record.resourceId)
  const subscription =
    resourceId === undefined ? undefined : /\/subscriptions\/([^/]+)/i.exec(resourceId)?.[1]
  const cluster = resourceId === undefined ? undefined : /\/managedClusters\/([^/]+)/i.exec(resourceId)?.[1]
  return {
    record: {
      form: 'aks',
      event,
      cluster: { provider: 'Azure', accountUid: subscription, clusterName: cluster },
      envelopeTimes: [record.time, path(record, 'properties', 'time')],
    },
  }
}

function readCloudWatch(record: JsonObject, message: string): VariantResult {
  const event = parseEmbeddedJson(message, 'CloudWatch Logs message')
  if (!looksLikeAuditEvent(event)) return { dropReason: 'CloudWatch message is not a Kubernetes audit event' }
  const clusterName = eksClusterOfLogGroup(asString(record.logGroup))
  return {
    record: {
      form: 'eks',
      event,
      cluster: {
        provider: 'AWS',
        clusterName,
        accountUid: asString(record.owner) ?? eksContextOf(event)?.accountUid,
      },
      envelopeTimes: [record.timestamp, record.ingestionTime],
    },
  }
}

/** Keys only a Cloud Logging LogEntry has; such an entry without protoPayload holds no audit event. */
const LOG_ENTRY_KEYS = [
  'logName',
  'logname',
  'insertId',
  'insertid',
  'jsonPayload',
  'textPayload',
  'operation',
]

export function readVariant(record: unknown): VariantResult {
  const object = asObject(record)
  if (object === undefined) throw new RecordError('not a JSON object')
  // BigQuery exports of Cloud Logging lower-case the top-level LogEntry keys.
  const protoPayload = asObject(object.protoPayload ?? object.protopayload)
  if (protoPayload !== undefined) {
    if (protoPayload.serviceName !== 'k8s.io')
      return { dropReason: 'Cloud Audit Logs entry of another service' }
    return { record: gkeEntryToAuditEvent(object, protoPayload) }
  }
  if (LOG_ENTRY_KEYS.some((key) => Object.hasOwn(object, key))) {
    return { dropReason: 'Cloud Logging entry without an AuditLog payload' }
  }
  const log = asString(path(object, 'properties', 'log'))
  if (log !== undefined) {
    const category = asString(object.category)
    if (category !== undefined && !category.startsWith('kube-audit'))
      return { dropReason: `AKS ${category} record` }
    return readAks(object, log)
  }
  const message = asString(object.message)
  if (message !== undefined && typeof object.verb !== 'string') return readCloudWatch(object, message)
  if (!looksLikeAuditEvent(object))
    throw new RecordError(
      'not a Kubernetes audit event',
      'neither an audit.k8s.io Event nor a verb with an objectRef, requestURI or user',
    )
  const eks = eksContextOf(object)
  return {
    record: {
      form: eks === undefined ? 'kube-apiserver' : 'eks',
      event: object,
      cluster: eks ?? {},
      envelopeTimes: [],
    },
  }
}

/**
 * Containers a file may hold: an audit EventList (`items`), Event Hub batches (`records`), CloudWatch
 * exports (`events`) and subscription payloads (`logEvents`, which carry the log group once for all).
 */
export function recordsOfValue(value: unknown): readonly unknown[] {
  if (Array.isArray(value)) return value
  const object = asObject(value)
  if (object === undefined) return [value]
  if (Array.isArray(object.logEvents)) {
    return object.logEvents.map((logEvent) => {
      const entry = asObject(logEvent)
      return entry === undefined ? logEvent : { ...entry, logGroup: object.logGroup, owner: object.owner }
    })
  }
  for (const key of ['items', 'records', 'events', 'entries']) {
    if (Array.isArray(object[key]) && object.kind !== 'Event') return object[key] as unknown[]
  }
  return [value]
}

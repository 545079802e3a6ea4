/**
 * The forms an Activity Log event arrives in, each recognised by a type guard and read into the shape
 * the Activity Logs REST API returns (EventData): the REST and portal JSON itself; the snake_case form the
 * Azure SDK for Python writes (`event_timestamp`, `operation_name`); and the diagnostic-settings schema of
 * storage accounts and Event Hubs (`records[]`, `time`, `resultType`, `identity`), read back with the
 * property mapping Microsoft publishes for it. Storage resource logs (StorageRead, StorageWrite,
 * StorageDelete) keep their own shape.
 */
import { RecordError } from '#shared/errors/index.ts'
import { asObject, asString, compact, type JsonObject, path } from '#shared/json/index.ts'
import {
  CATEGORY_HANDLING,
  type CategoryHandling,
  OTHER_RESOURCE_LOG,
  UNCATEGORISED,
} from './mappings/categories.ts'

export type RecordForm = 'rest' | 'sdk' | 'diagnostic' | 'storage'

/** An Activity Log event in the REST API's EventData shape, or a Storage resource log record as written. */
export interface ActivityRecord {
  readonly form: RecordForm
  readonly event: JsonObject
}

/** Result of reading one record: an event, or the reason it is not an API call (counted as dropped). */
export type RecordResult = { readonly record: ActivityRecord } | { readonly dropReason: string }

/** The snake_case members of the Python SDK's EventData, and nested objects whose members are snake_case too. */
const SNAKE_CASE_OBJECTS: ReadonlySet<string> = new Set([
  'http_request',
  'operation_name',
  'category',
  'event_name',
  'status',
  'sub_status',
  'resource_provider_name',
  'resource_type',
])

function camelCase(key: string): string {
  return key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())
}

function camelCaseKeys(object: JsonObject): JsonObject {
  const result: JsonObject = {}
  for (const [key, value] of Object.entries(object)) result[camelCase(key)] = value
  return result
}

/** Top-level and localizable members renamed; claims and properties keep their keys, which are data. */
function fromSnakeCase(record: JsonObject): JsonObject {
  const event: JsonObject = {}
  for (const [key, value] of Object.entries(record)) {
    const nested = asObject(value)
    event[camelCase(key)] =
      nested !== undefined && SNAKE_CASE_OBJECTS.has(key) ? camelCaseKeys(nested) : value
  }
  return event
}

function localizable(value: unknown): JsonObject | undefined {
  const text = asString(value) ?? asString(path(value, 'value'))
  return text === undefined ? undefined : { value: text }
}

/**
 * A diagnostic-settings record as EventData, by the mapping table of the Activity Log schema reference:
 * time is eventTimestamp, resultType status, resultSignature subStatus, callerIpAddress the client address,
 * identity the claims and authorization, and properties the event's properties.
 */
function fromDiagnosticRecord(record: JsonObject): JsonObject {
  const properties = asObject(record.properties) ?? {}
  const eventProperties = asObject(properties.eventProperties)
  return compact({
    eventTimestamp: record.time,
    resourceId: record.resourceId,
    operationName: localizable(record.operationName),
    category: localizable(properties.eventCategory ?? record.category),
    status: localizable(record.resultType ?? record.status),
    subStatus: localizable(record.resultSignature),
    description: record.resultDescription,
    httpRequest: compact({ clientIpAddress: record.callerIpAddress }),
    correlationId: record.correlationId,
    operationId: properties.operationId,
    eventName: localizable(properties.eventName),
    claims: path(record, 'identity', 'claims'),
    authorization: path(record, 'identity', 'authorization'),
    level: record.level,
    tenantId: record.tenantId,
    properties: eventProperties ?? properties,
    // Members the REST shape has no place for, kept for the mapping.
    operationVersion: record.operationVersion,
    durationMs: record.durationMs,
    location: record.location,
  })
}

function categoryOf(event: JsonObject): string | undefined {
  return asString(path(event, 'category', 'value')) ?? asString(event.category)
}

/** Storage resource logs name a storage service in resourceId and the account in properties. */
function looksLikeStorageLog(record: JsonObject): boolean {
  const resourceId = asString(record.resourceId) ?? ''
  const isService =
    /\/providers\/microsoft\.storage\/storageaccounts\/[^/]+\/(blob|file|queue|table)services\//i
  return isService.test(resourceId) && asString(path(record, 'properties', 'accountName')) !== undefined
}

function handlingOf(category: string | undefined): CategoryHandling {
  if (category === undefined) return UNCATEGORISED
  return CATEGORY_HANDLING[category.toLowerCase()] ?? OTHER_RESOURCE_LOG
}

function isSnakeCase(record: JsonObject): boolean {
  return ['event_timestamp', 'operation_name', 'event_data_id', 'resource_id'].some((key) =>
    Object.hasOwn(record, key),
  )
}

function isRestEventData(record: JsonObject): boolean {
  if (Object.hasOwn(record, 'time')) return false
  return ['eventTimestamp', 'eventDataId', 'submissionTimestamp'].some((key) => Object.hasOwn(record, key))
}

function accepted(form: RecordForm, event: JsonObject): RecordResult {
  const handling = handlingOf(categoryOf(event))
  if (handling.kind === 'drop') return { dropReason: handling.reason }
  if (handling.kind === 'storage') return { record: { form: 'storage', event } }
  if (localizable(event.operationName) === undefined) {
    throw new RecordError('not a usable Activity Log event', 'it names no operation')
  }
  return { record: { form, event } }
}

export function readActivityRecord(raw: unknown): RecordResult {
  const record = asObject(raw)
  if (record === undefined) throw new RecordError('not a JSON object')
  if (isSnakeCase(record)) return accepted('sdk', fromSnakeCase(record))
  if (isRestEventData(record)) return accepted('rest', record)
  if (record.operationName === undefined && record.category === undefined) {
    throw new RecordError('not an Azure Activity Log record', 'no operationName and no category')
  }
  if (categoryOf(record) === undefined && looksLikeStorageLog(record))
    return { record: { form: 'storage', event: record } }
  const handling = handlingOf(categoryOf(record))
  if (handling.kind === 'storage') return { record: { form: 'storage', event: record } }
  return accepted('diagnostic', fromDiagnosticRecord(record))
}

/** Containers a file may hold: Event Hub and storage-account batches (`records`) and REST pages (`value`). */
export function recordsOfValue(value: unknown): readonly unknown[] {
  if (Array.isArray(value)) return value
  const object = asObject(value)
  if (object === undefined) return [value]
  for (const key of ['records', 'value']) {
    if (Array.isArray(object[key])) return object[key] as unknown[]
  }
  return [value]
}

/**
 * The forms a Cloud Audit Logs entry arrives in, each recognised by a type guard and read into the same
 * AuditEntry: a LogEntry as the API, gcloud and log sinks write it; the same entry with its top-level keys
 * lower-cased, as some exports and SIEM pipelines write it; and a BigQuery export row, whose AuditLog is
 * `protopayload_auditlog` with the request, response and service data as JSON strings.
 */
import { RecordError } from '#shared/errors/index.ts'
import { asObject, asString, type JsonObject } from '#shared/json/index.ts'

export type EntryForm = 'log-entry' | 'bigquery-export'

/** A LogEntry envelope with camelCase top-level keys, and its AuditLog payload. */
export interface AuditEntry {
  readonly form: EntryForm
  readonly entry: JsonObject
  readonly auditLog: JsonObject
}

/** Result of reading one record: an audit entry, or the reason it is not one (counted as dropped). */
export type EntryResult = { readonly entry: AuditEntry } | { readonly dropReason: string }

const AUDIT_LOG_TYPE = 'type.googleapis.com/google.cloud.audit.AuditLog'

/** Top-level LogEntry keys as lower-casing exports write them, and their API spelling. */
const LOWER_CASE_KEYS: Readonly<Record<string, string>> = {
  insertid: 'insertId',
  logname: 'logName',
  protopayload: 'protoPayload',
  jsonpayload: 'jsonPayload',
  textpayload: 'textPayload',
  receivetimestamp: 'receiveTimestamp',
  httprequest: 'httpRequest',
  sourcelocation: 'sourceLocation',
  spanid: 'spanId',
  tracesampled: 'traceSampled',
}

/** Keys only a LogEntry has: such an entry without an AuditLog payload is another kind of log, not an error. */
const LOG_ENTRY_KEYS = [
  'logName',
  'insertId',
  'jsonPayload',
  'textPayload',
  'operation',
  'receiveTimestamp',
  'severity',
]

/** The entry with API key spelling; where an export wrote both spellings, the API's wins. */
function withApiKeys(record: JsonObject): JsonObject {
  const entry: JsonObject = {}
  for (const [key, value] of Object.entries(record)) {
    const apiKey = LOWER_CASE_KEYS[key] ?? key
    if (apiKey !== key && Object.hasOwn(record, apiKey)) continue
    entry[apiKey] = value
  }
  return entry
}

function parseJsonMember(text: unknown, name: string): unknown {
  if (typeof text !== 'string' || text.length === 0) return undefined
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new RecordError(`malformed ${name}`, (error as Error).message)
  }
}

/** A BigQuery row's AuditLog with its `*Json` string columns parsed back into the members they stand for. */
function auditLogOfBigQueryRow(row: JsonObject): JsonObject {
  const auditLog: JsonObject = {}
  const jsonColumns: Readonly<Record<string, string>> = {
    requestJson: 'request',
    responseJson: 'response',
    serviceDataJson: 'serviceData',
    metadataJson: 'metadata',
  }
  for (const [key, value] of Object.entries(row)) {
    const member = jsonColumns[key]
    if (member === undefined) auditLog[key] = value
    else auditLog[member] = parseJsonMember(value, `BigQuery ${key} column`)
  }
  return auditLog
}

function isAuditLog(payload: JsonObject): boolean {
  const type = asString(payload['@type'])
  return type === undefined || type === AUDIT_LOG_TYPE
}

export function readAuditEntry(record: unknown): EntryResult {
  const object = asObject(record)
  if (object === undefined) throw new RecordError('not a JSON object')
  const entry = withApiKeys(object)
  const bigQueryRow = asObject(entry.protopayload_auditlog)
  const form: EntryForm = bigQueryRow === undefined ? 'log-entry' : 'bigquery-export'
  const auditLog =
    bigQueryRow === undefined ? asObject(entry.protoPayload) : auditLogOfBigQueryRow(bigQueryRow)
  if (auditLog === undefined) {
    if (LOG_ENTRY_KEYS.some((key) => Object.hasOwn(entry, key))) {
      return { dropReason: 'Cloud Logging entry without an AuditLog payload' }
    }
    throw new RecordError('not a Cloud Logging entry', 'no protoPayload and none of the LogEntry fields')
  }
  if (!isAuditLog(auditLog)) return { dropReason: 'Cloud Logging entry with another protoPayload type' }
  if (asString(auditLog.methodName) === undefined) {
    throw new RecordError('not a usable audit entry', 'the AuditLog has no methodName')
  }
  return { entry: { form, entry, auditLog } }
}

/** Containers a file may hold: a JSON array (gcloud logging read --format=json) or an entries.list response. */
export function recordsOfValue(value: unknown): readonly unknown[] {
  if (Array.isArray(value)) return value
  const object = asObject(value)
  if (object !== undefined && Array.isArray(object.entries) && object.protoPayload === undefined) {
    return object.entries
  }
  return [value]
}

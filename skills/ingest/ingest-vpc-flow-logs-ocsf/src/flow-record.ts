/**
 * The one shape every form of a flow log record is read into: its fields by AWS name with the values as
 * logged. Text lines are split by the format their file's header line declares, else by --log-format,
 * else as the default version 2 format; CloudWatch Logs events carry the line in `message`; parsed JSON
 * records (Athena, Firehose transforms, SIEM exports) are read by key.
 */
import { RecordError } from '#shared/errors/index.ts'
import { asObject, asString, asText, type JsonObject } from '#shared/json/index.ts'
import { DEFAULT_FORMAT, FIELD_NAME, fieldOfJsonKey, isKnownField } from './mappings/fields.ts'

/** Field name to value as logged; a field logged as '-' (not applicable) is left out. */
export type FlowFields = Readonly<Record<string, string>>

/** What a CloudWatch Logs event says around the line it carries. */
export interface FlowEnvelope {
  /** The event's timestamp (epoch ms): the record's time when its format has no start or end. */
  readonly time?: unknown
  readonly eventId?: string
  readonly logGroup?: string
}

export interface FlowRecord {
  readonly fields: FlowFields
  readonly envelope: FlowEnvelope
}

/** A text line already split by its format (what parseLine hands the processor). */
export class FlowLine {
  constructor(readonly fields: FlowFields) {}
}

const NOT_APPLICABLE = '-'

export function splitLine(line: string): string[] {
  return line.trim().split(/\s+/)
}

/**
 * A header line names the fields: every token is shaped like a field name and one at least is a field
 * AWS documents. Data lines always hold an address, a number, '-' or an upper-case value.
 */
export function isHeaderLine(tokens: readonly string[]): boolean {
  return tokens.every((token) => FIELD_NAME.test(token)) && tokens.some(isKnownField)
}

/** The default format fits a line of its 14 fields that starts with version 2. */
function defaultFormatFor(tokens: readonly string[]): readonly string[] | undefined {
  return tokens.length === DEFAULT_FORMAT.length && tokens[0] === '2' ? DEFAULT_FORMAT : undefined
}

export function fieldsOfLine(tokens: readonly string[], format: readonly string[] | undefined): FlowFields {
  const chosen = format ?? defaultFormatFor(tokens)
  if (chosen === undefined) {
    throw new RecordError(
      'unknown flow log format',
      `${tokens.length} fields, no header line before it, and not the default version 2 format: pass --log-format`,
    )
  }
  if (tokens.length !== chosen.length) {
    throw new RecordError(
      'field count differs from the format',
      `${tokens.length} fields, the format has ${chosen.length}`,
    )
  }
  const fields: Record<string, string> = {}
  for (let index = 0; index < chosen.length; index += 1) {
    const value = tokens[index]
    if (value !== undefined && value !== NOT_APPLICABLE) fields[chosen[index] as string] = value
  }
  return fields
}

/** The flow log fields of a parsed JSON record, or undefined when none of its keys is one. */
function fieldsOfJson(object: JsonObject): FlowFields | undefined {
  const fields: Record<string, string> = {}
  let isFlowRecord = false
  for (const [key, value] of Object.entries(object)) {
    const name = fieldOfJsonKey(key)
    if (name === undefined) continue
    isFlowRecord = true
    const text = asText(value)
    if (text !== undefined && text !== NOT_APPLICABLE) fields[name] = text
  }
  return isFlowRecord ? fields : undefined
}

/** Reads a record of any form; throws RecordError for one that is not a flow log record. */
export function readFlowRecord(record: unknown, logFormat: readonly string[] | undefined): FlowRecord {
  if (record instanceof FlowLine) return { fields: record.fields, envelope: {} }
  const object = asObject(record)
  if (object === undefined) throw new RecordError('not a VPC flow log record', 'not a JSON object')
  const message = asString(object.message)
  if (message !== undefined) {
    return {
      fields: fieldsOfLine(splitLine(message), logFormat),
      envelope: {
        time: object.timestamp,
        eventId: asString(object.eventId) ?? asString(object.id),
        logGroup: asString(object.logGroup) ?? asString(object.logGroupName),
      },
    }
  }
  const fields = fieldsOfJson(object)
  if (fields === undefined) {
    throw new RecordError(
      'not a VPC flow log record',
      'neither a flow log line, a CloudWatch Logs event, nor a record with flow log fields',
    )
  }
  return { fields, envelope: {} }
}

/**
 * Containers of CloudWatch Logs events: `events` (filter-log-events and get-log-events output) and
 * subscription payloads, whose `logEvents` carry the log group once for all.
 */
export function recordsOfValue(value: unknown): readonly unknown[] {
  if (Array.isArray(value)) return value
  const object = asObject(value)
  if (object === undefined) return [value]
  if (Array.isArray(object.logEvents)) {
    return object.logEvents.map((logEvent) => {
      const entry = asObject(logEvent)
      return entry === undefined ? logEvent : { ...entry, logGroup: object.logGroup }
    })
  }
  if (Array.isArray(object.events)) return object.events
  return [value]
}

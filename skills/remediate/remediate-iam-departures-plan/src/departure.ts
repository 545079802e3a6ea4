/**
 * A departure as the plan uses it, from one HR record: who (email, employee id), when they left, and when
 * they came back if they did. A record that cannot say this unambiguously is malformed and never acted on.
 */
import { RecordError } from '#shared/errors/index.ts'
import { asObject, asText } from '#shared/json/index.ts'
import { type DepartureField, fieldOfColumn } from './mappings/departure-fields.ts'

export interface Departure {
  readonly email?: string
  readonly employeeId?: string
  /** As written in the record, for people reading the plan. */
  readonly terminationDate: string
  /** Midnight UTC of the termination date, or the exact time when the record gives one. */
  readonly terminationTime: number
  readonly rehireDate?: string
  readonly rehireTime?: number
  /** Where the record was read: `departures.csv:12`, `workday:report record 3`. */
  readonly source: string
}

const EMAIL = /^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$/

/**
 * YYYY-MM-DD, optionally with a UTC offset as Workday writes dates (`2024-05-01-07:00`), or an RFC 3339
 * time. Anything else (05/01/2024 reads as May or January) is refused.
 */
export function parseHrDate(text: string): number | undefined {
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})(?:Z|[+-]\d{2}:\d{2})?$/.exec(text)
  if (dateOnly !== null) {
    const [, year, month, day] = dateOnly.map(Number) as [number, number, number, number]
    const time = Date.UTC(year, month - 1, day)
    const check = new Date(time)
    return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day
      ? time
      : undefined
  }
  const full = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(
    text,
  )
  if (full === null) return undefined
  const time = Date.parse(text)
  return Number.isNaN(time) ? undefined : time
}

/** The record's departure fields by their names in this export. */
function fieldsOf(record: Record<string, unknown>): Partial<Record<DepartureField, string>> {
  const fields: Partial<Record<DepartureField, string>> = {}
  for (const [column, value] of Object.entries(record)) {
    const field = fieldOfColumn(column)
    const text = asText(value)?.trim()
    if (field !== undefined && text !== undefined && text.length > 0 && fields[field] === undefined)
      fields[field] = text
  }
  return fields
}

/** The departure a record states, or a RecordError saying why it cannot be used. */
export function toDeparture(value: unknown, source: string): Departure {
  const record = asObject(value)
  if (record === undefined) throw new RecordError('not an HR record', 'expected an object of named fields')
  const fields = fieldsOf(record)
  if (fields.email === undefined && fields.employeeId === undefined) {
    throw new RecordError('no person', 'neither an email nor an employee id')
  }
  if (fields.email !== undefined && !EMAIL.test(fields.email))
    throw new RecordError('malformed email', fields.email)
  if (fields.terminationDate === undefined) throw new RecordError('no termination date')
  const terminationTime = parseHrDate(fields.terminationDate)
  if (terminationTime === undefined) {
    throw new RecordError('malformed termination date', `${fields.terminationDate}: expected YYYY-MM-DD`)
  }
  let rehireTime: number | undefined
  if (fields.rehireDate !== undefined) {
    rehireTime = parseHrDate(fields.rehireDate)
    if (rehireTime === undefined)
      throw new RecordError('malformed rehire date', `${fields.rehireDate}: expected YYYY-MM-DD`)
    if (rehireTime <= terminationTime) {
      throw new RecordError(
        'rehire date not after termination',
        `${fields.rehireDate} <= ${fields.terminationDate}`,
      )
    }
  }
  return {
    email: fields.email?.toLowerCase(),
    employeeId: fields.employeeId,
    terminationDate: fields.terminationDate,
    terminationTime,
    rehireDate: fields.rehireDate,
    rehireTime,
    source,
  }
}

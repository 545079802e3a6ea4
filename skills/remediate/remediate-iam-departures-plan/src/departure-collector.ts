/**
 * Reads HR records into departures, whatever the source: CSV with a header line, JSONL, a JSON array, or
 * a Workday report (`{"Report_Entry": [...]}`). Every record is accounted for: a usable one becomes a
 * departure, a malformed one is reported with its line (or record number) and kept out of the plan.
 */
import { RecordError } from '#shared/errors/index.ts'
import type { Location, RecordContext, RecordProcessor } from '#shared/io/index.ts'
import { formatLocation } from '#shared/io/index.ts'
import { recordsIn } from '#shared/json/index.ts'
import type { MalformedRecord } from '#shared/remediate/index.ts'
import { parseCsvLine } from './csv-line.ts'
import { type Departure, toDeparture } from './departure.ts'

export type HrFormat = 'csv' | 'json'

/** What a CSV header line parses to: not a record, but the names of the columns after it. */
const HEADER = Symbol('CSV header')

/** A line that could not be read as a record: carried to process() so the plan lists it too. */
class UnreadableLine {
  constructor(readonly error: RecordError) {}
}

const CONTAINERS = ['Report_Entry', 'departures', 'records', 'items']

export class DepartureCollector implements RecordProcessor {
  readonly departures: Departure[] = []
  readonly malformed: MalformedRecord[] = []
  private readonly formats = new Map<string, HrFormat>()
  private readonly headers = new Map<string, string[]>()

  /** `format` undefined: CSV for `.csv` names, JSON for `.json`/`.jsonl`, else by the first line. */
  constructor(private readonly format?: HrFormat) {}

  private formatOf(location: Location, line: string): HrFormat {
    const known = this.formats.get(location.source)
    if (known !== undefined) return known
    let format = this.format
    if (format === undefined) {
      if (/\.csv$/i.test(location.source)) format = 'csv'
      else if (/\.jsonl?$/i.test(location.source)) format = 'json'
      else format = /^\s*[[{]/.test(line) ? 'json' : 'csv'
    }
    this.formats.set(location.source, format)
    return format
  }

  parseLine(line: string, location: Location): unknown {
    try {
      return this.readLine(line, location)
    } catch (error) {
      if (error instanceof RecordError) return new UnreadableLine(error)
      return new UnreadableLine(new RecordError('malformed JSON', (error as Error).message))
    }
  }

  private readLine(line: string, location: Location): unknown {
    if (this.formatOf(location, line) === 'json') return JSON.parse(line)
    const header = this.headers.get(location.source)
    const fields = parseCsvLine(line)
    if (header === undefined) {
      this.headers.set(location.source, fields)
      return HEADER
    }
    if (fields.length !== header.length) {
      throw new RecordError('malformed CSV', `${fields.length} fields where the header has ${header.length}`)
    }
    const record: Record<string, string> = {}
    header.forEach((name, index) => {
      record[name] = fields[index] as string
    })
    return record
  }

  recordsOf(value: unknown): readonly unknown[] {
    return value === HEADER || value instanceof UnreadableLine ? [value] : recordsIn(value, CONTAINERS)
  }

  process(record: unknown, context: RecordContext): void {
    if (record === HEADER) {
      context.drop('CSV header')
      return
    }
    try {
      if (record instanceof UnreadableLine) throw record.error
      this.departures.push(toDeparture(record, formatLocation(context.location)))
    } catch (error) {
      if (!(error instanceof RecordError)) throw error
      const { source, line, index } = context.location
      this.malformed.push({
        source,
        line,
        record: index === undefined ? undefined : index + 1,
        reason: error.message,
      })
      throw error
    }
  }
}

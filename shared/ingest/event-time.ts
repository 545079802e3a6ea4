/** The time of an ingested event: read from the source, or the user's explicit --assume-time; never the clock. */
import { RecordError } from '../errors/index.ts'
import { parseEventTime } from '../ocsf/index.ts'

/** metadata.labels entry of an event whose time came from --assume-time rather than from the source. */
export const ASSUMED_TIME_LABEL = 'time-assumed'

export interface EventTime {
  readonly time: number
  /** The source's own rendering, kept as metadata.original_time. */
  readonly originalTime?: string
  readonly assumed: boolean
}

/**
 * The first candidate that parses unambiguously. Without one, the time the user passed with
 * --assume-time, marked as assumed; without that either, the record is reported and skipped.
 */
export function resolveEventTime(candidates: readonly unknown[], assumeTime: number | undefined): EventTime {
  let unparsable: string | undefined
  for (const candidate of candidates) {
    if (candidate === undefined || candidate === null || candidate === '') continue
    const time = parseEventTime(candidate)
    if (time !== undefined) {
      return {
        time,
        originalTime: typeof candidate === 'string' ? candidate : String(candidate),
        assumed: false,
      }
    }
    unparsable ??= typeof candidate === 'string' ? candidate.slice(0, 64) : typeof candidate
  }
  if (assumeTime !== undefined) return { time: assumeTime, assumed: true }
  throw new RecordError(
    'no usable timestamp',
    unparsable === undefined
      ? 'the record has no time field'
      : `unreadable time ${JSON.stringify(unparsable)}`,
  )
}

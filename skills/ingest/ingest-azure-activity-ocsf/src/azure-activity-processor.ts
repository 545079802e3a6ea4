/**
 * Turns Azure Activity Log events and Storage resource log records into API Activity events, one per
 * logged event. Event Hubs deliver at least once, so an event seen again, identical, is dropped as a repeat.
 */
import { resolveEventTime } from '#shared/ingest/index.ts'
import type { RecordProcessor } from '#shared/io/index.ts'
import { asString, canonicalJson, stableUid } from '#shared/json/index.ts'
import { BoundedSet } from '#shared/state/index.ts'
import { readActivityRecord, recordsOfValue } from './activity-record.ts'
import { storageToApiActivity } from './storage-request.ts'
import { SKILL_NAME, toApiActivity } from './to-api-activity.ts'

export interface AzureActivityOptions {
  /** Stamp for events without a usable time (from --assume-time); absent means report them. */
  readonly assumeTime?: number
  /** How many recent events are remembered to drop repeated deliveries. */
  readonly dedupCapacity?: number
}

/** Events remembered for duplicate detection; a redelivery follows the first delivery within minutes. */
const DEFAULT_DEDUP_CAPACITY = 100_000

export function createAzureActivityProcessor(options: AzureActivityOptions = {}): RecordProcessor {
  const seenEvents = new BoundedSet<string>(options.dedupCapacity ?? DEFAULT_DEDUP_CAPACITY)
  return {
    recordsOf: recordsOfValue,

    process(raw, context) {
      const result = readActivityRecord(raw)
      if ('dropReason' in result) {
        context.drop(result.dropReason)
        return
      }
      const { record } = result
      const { event } = record
      // eventDataId is the Activity Log's own unique id; events without one are identified by their content.
      const eventUid = stableUid(SKILL_NAME, asString(event.eventDataId) ?? canonicalJson(event))
      if (seenEvents.has(eventUid)) {
        context.drop('the same event delivered again')
        return
      }
      // eventTimestamp is when Azure processed the request; submissionTimestamp, when the event became
      // queryable, stands in only when the first is missing.
      const times =
        record.form === 'storage' ? [event.time] : [event.eventTimestamp, event.submissionTimestamp]
      const eventTime = resolveEventTime(times, options.assumeTime)
      const mappingContext = { location: context.location, eventTime, eventUid }
      context.emit(
        record.form === 'storage'
          ? storageToApiActivity(record, mappingContext)
          : toApiActivity(record, mappingContext),
      )
      seenEvents.add(eventUid)
    },
  }
}

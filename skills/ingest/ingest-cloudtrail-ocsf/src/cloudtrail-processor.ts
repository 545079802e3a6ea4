/** Turns CloudTrail records, in any form they arrive in, into API Activity events: one per record, no state kept. */
import { resolveEventTime } from '#shared/ingest/index.ts'
import type { RecordProcessor } from '#shared/io/index.ts'
import { asString, canonicalJson, type JsonObject, stableUid } from '#shared/json/index.ts'
import { SKILL_NAME, toApiActivity } from './to-api-activity.ts'
import { readVariant, recordsOfValue } from './variants.ts'

export interface CloudTrailOptions {
  /** Stamp for records without a usable time (from --assume-time); absent means report them. */
  readonly assumeTime?: number
}

/**
 * eventID is CloudTrail's unique id for a record, the same in S3, EventBridge and LookupEvents, so one
 * call read from any of them gets one uid. The name and time join it so that hand-written logs reusing an
 * id ("1") still give distinct uids; a record without an eventID is identified by its whole content.
 */
function eventUidOf(event: JsonObject): string {
  const eventId = asString(event.eventID)
  if (eventId === undefined) return stableUid(SKILL_NAME, canonicalJson(event))
  return stableUid(SKILL_NAME, eventId, asString(event.eventName), asString(event.eventTime))
}

export function createCloudTrailProcessor(options: CloudTrailOptions = {}): RecordProcessor {
  return {
    recordsOf: recordsOfValue,

    process(raw, context) {
      const result = readVariant(raw)
      if ('dropReason' in result) {
        context.drop(result.dropReason)
        return
      }
      const { event, envelope } = result.record
      const eventTime = resolveEventTime([event.eventTime, ...envelope.times], options.assumeTime)
      const eventUid = eventUidOf(event)
      context.emit(toApiActivity(result.record, { location: context.location, eventTime, eventUid }))
    },
  }
}

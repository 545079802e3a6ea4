/**
 * Turns Cloud Audit Logs entries into API Activity events, one per audited call. Sinks deliver at least
 * once (Pub/Sub redelivers, exports overlap), so an entry seen again, identical, is dropped as a repeat.
 */
import { resolveEventTime } from '#shared/ingest/index.ts'
import type { RecordProcessor } from '#shared/io/index.ts'
import { canonicalJson, path, stableUid } from '#shared/json/index.ts'
import { BoundedSet } from '#shared/state/index.ts'
import { readAuditEntry, recordsOfValue } from './audit-entry.ts'
import { SKILL_NAME, toApiActivity } from './to-api-activity.ts'

export interface GcpAuditOptions {
  /** Stamp for entries without a usable time (from --assume-time); absent means report them. */
  readonly assumeTime?: number
  /** How many recent entries are remembered to drop repeated deliveries. */
  readonly dedupCapacity?: number
}

/** Entries remembered for duplicate detection; a redelivery follows the first delivery within minutes. */
const DEFAULT_DEDUP_CAPACITY = 100_000

export function createGcpAuditProcessor(options: GcpAuditOptions = {}): RecordProcessor {
  const seenEntries = new BoundedSet<string>(options.dedupCapacity ?? DEFAULT_DEDUP_CAPACITY)
  return {
    recordsOf: recordsOfValue,

    process(raw, context) {
      const result = readAuditEntry(raw)
      if ('dropReason' in result) {
        context.drop(result.dropReason)
        return
      }
      const { entry, auditLog } = result.entry
      // The whole entry identifies it: insertId is unique only together with the log and timestamp, and
      // entries that share all three but differ (hand-made or re-sanitised exports) are kept apart.
      const eventUid = stableUid(SKILL_NAME, canonicalJson(entry))
      if (seenEntries.has(eventUid)) {
        context.drop('the same entry delivered again')
        return
      }
      // The entry's timestamp is when the call happened; without one, the time the service received the
      // request, then the time Cloud Logging received the entry (which it uses when a writer omits timestamp).
      const eventTime = resolveEventTime(
        [
          entry.timestamp,
          path(auditLog, 'requestMetadata', 'requestAttributes', 'time'),
          entry.receiveTimestamp,
        ],
        options.assumeTime,
      )
      context.emit(toApiActivity(result.entry, { location: context.location, eventTime, eventUid }))
      seenEntries.add(eventUid)
    },
  }
}

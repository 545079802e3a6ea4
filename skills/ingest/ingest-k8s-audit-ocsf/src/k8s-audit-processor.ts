/**
 * Turns Kubernetes audit records into API Activity events, one per request: the API server may log a
 * request at several stages, and only the first of ResponseStarted, ResponseComplete and Panic is kept.
 */
import { resolveEventTime } from '#shared/ingest/index.ts'
import type { RecordProcessor } from '#shared/io/index.ts'
import { asString, canonicalJson, path, stableUid } from '#shared/json/index.ts'
import { BoundedDigestSet } from '#shared/state/index.ts'
import { SKILL_NAME, toApiActivity } from './to-api-activity.ts'
import { readVariant, recordsOfValue } from './variants.ts'

export interface K8sAuditOptions {
  /** Stamp for records without a usable time (from --assume-time); absent means report them. */
  readonly assumeTime?: number
  /** How many recent audit ids are remembered to drop later stages of the same request. */
  readonly dedupCapacity?: number
}

/** Audit ids remembered for stage deduplication; stages of one request are logged seconds apart at most. */
const DEFAULT_DEDUP_CAPACITY = 100_000

export function createK8sAuditProcessor(options: K8sAuditOptions = {}): RecordProcessor {
  const emittedRequests = new BoundedDigestSet(options.dedupCapacity ?? DEFAULT_DEDUP_CAPACITY)
  return {
    recordsOf: recordsOfValue,

    process(raw, context) {
      const result = readVariant(raw)
      if ('dropReason' in result) {
        context.drop(result.dropReason)
        return
      }
      const { event, envelopeTimes, envelopeUid } = result.record
      if (event.stage === 'RequestReceived') {
        context.drop('RequestReceived stage')
        return
      }
      const auditId = asString(event.auditID)
      // The stages of one request share its audit id, verb, URI and user; keying on all four keeps
      // exports that reuse an id for different requests from losing any.
      const requestKey =
        auditId === undefined
          ? undefined
          : JSON.stringify([
              auditId,
              event.verb,
              event.requestURI,
              path(event, 'user', 'username'),
              path(event, 'user', 'uid'),
            ])
      if (requestKey !== undefined && emittedRequests.has(requestKey)) {
        context.drop('request already emitted at an earlier stage')
        return
      }
      const eventTime = resolveEventTime(
        [event.requestReceivedTimestamp, event.stageTimestamp, event.timestamp, ...envelopeTimes],
        options.assumeTime,
      )
      const eventUid = stableUid(SKILL_NAME, auditId ?? envelopeUid ?? canonicalJson(raw))
      context.emit(toApiActivity(result.record, { location: context.location, eventTime, eventUid }))
      if (requestKey !== undefined) emittedRequests.add(requestKey)
    },
  }
}

/** Where an ingested event came from, in OCSF metadata: the input and line, and the source's own event id. */
import type { Location } from '../io/index.ts'
import type { Metadata } from '../ocsf/index.ts'
import { ASSUMED_TIME_LABEL, type EventTime } from './event-time.ts'

export interface Provenance {
  /** The source's own id for the event (auditID, eventID, insertId...). */
  readonly originalEventUid?: string
  readonly location: Location
  readonly eventTime: EventTime
  /** The logging service, e.g. "Kubernetes API server audit". */
  readonly logProvider: string
}

/**
 * The provenance part of metadata. log_source is the input as named on the command line and
 * sequence is the line the record starts on: convert-ocsf-to-sarif points its results there.
 */
export function provenanceMetadata(provenance: Provenance): Omit<Metadata, 'version' | 'product'> {
  const { location, eventTime } = provenance
  return {
    original_event_uid: provenance.originalEventUid,
    original_time: eventTime.originalTime,
    log_provider: provenance.logProvider,
    log_source: location.source,
    sequence: location.line,
    labels: eventTime.assumed ? [ASSUMED_TIME_LABEL] : undefined,
  }
}

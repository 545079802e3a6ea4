/** What every ingester shares: event times without guessing, provenance metadata, and the --assume-time option. */
export { ASSUMED_TIME_LABEL, type EventTime, resolveEventTime } from './event-time.ts'
export { addIngestOptions, type IngestOptions } from './ingest-options.ts'
export { type Provenance, provenanceMetadata } from './provenance.ts'

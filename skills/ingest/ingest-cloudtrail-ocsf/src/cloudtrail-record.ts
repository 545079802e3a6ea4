/** The one shape every input form is read into before mapping: a CloudTrail record and what its envelope adds. */
import type { JsonObject } from '#shared/json/index.ts'

/** `records`: S3 log files, JSON arrays and lines; `eventbridge`: EventBridge events; `lookup-events`: the LookupEvents API. */
export type SourceForm = 'records' | 'eventbridge' | 'lookup-events'

/** A resource the envelope names (LookupEvents `Resources`), beside the record's own. */
export interface EnvelopeResource {
  readonly type?: string
  readonly name?: string
}

export interface Envelope {
  /** Times the envelope gives, used only when the record has no usable eventTime. */
  readonly times: readonly unknown[]
  readonly accountUid?: string
  readonly region?: string
  readonly resources: readonly EnvelopeResource[]
}

export interface CloudTrailRecord {
  readonly form: SourceForm
  /** The CloudTrail record (eventVersion 1.x), possibly partial, with CloudTrail's member names. */
  readonly event: JsonObject
  readonly envelope: Envelope
}

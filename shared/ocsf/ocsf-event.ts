/** An OCSF event as a skill reads it from its input: the common attributes typed, the rest open. */
import type {
  Actor,
  Api,
  Cloud,
  Metadata,
  NetworkConnectionInfo,
  NetworkEndpoint,
  ResourceDetails,
} from './schema/objects.ts'

/**
 * The attributes rules and converters read. Input is not validated on the way in (that would cost
 * more than the detection itself), so the shell check in isOcsfEvent is all that is guaranteed:
 * rules read optional fields with optional chaining, and a rule that throws costs one record, not the run.
 */
export interface OcsfEvent {
  class_uid: number
  activity_id?: number
  type_uid?: number
  type_name?: string
  class_name?: string
  time: number
  severity_id?: number
  status_id?: number
  message?: string
  metadata: Metadata
  actor?: Actor
  api?: Api
  src_endpoint?: NetworkEndpoint
  dst_endpoint?: NetworkEndpoint
  resources?: ResourceDetails[]
  cloud?: Cloud
  connection_info?: NetworkConnectionInfo
  [attribute: string]: unknown
}

/** The shell every OCSF event has: an integer class, a millisecond time and a metadata object. */
export function isOcsfEvent(value: unknown): value is OcsfEvent {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const event = value as Record<string, unknown>
  return (
    Number.isInteger(event.class_uid) &&
    Number.isInteger(event.time) &&
    typeof event.metadata === 'object' &&
    event.metadata !== null &&
    !Array.isArray(event.metadata)
  )
}

/** Maps one CloudTrail record to OCSF API Activity (6003) with the cloud profile. */
import { isIP } from 'node:net'
import { type EventTime, provenanceMetadata } from '#shared/ingest/index.ts'
import type { Location } from '#shared/io/index.ts'
import { asBoolean, asString, compact, compactOrOmit, type JsonObject, path } from '#shared/json/index.ts'
import {
  ACTIVITY_STATUS,
  API_ACTIVITY,
  type ApiActivity,
  buildMetadata,
  classification,
  type NetworkEndpoint,
  severity,
} from '#shared/ocsf/index.ts'
import { actorOf, sourceIdentityOf } from './actor.ts'
import type { CloudTrailRecord, SourceForm } from './cloudtrail-record.ts'
import { operationActivity } from './operation-activity.ts'
import { redactSecrets } from './redaction.ts'
import { resourcesOf } from './resources.ts'

export const SKILL_NAME = 'ingest-cloudtrail-ocsf'

const LOG_PROVIDERS: Readonly<Record<SourceForm, string>> = {
  records: 'AWS CloudTrail',
  eventbridge: 'AWS CloudTrail via Amazon EventBridge',
  'lookup-events': 'AWS CloudTrail event history (LookupEvents)',
}

/** CloudTrail writes this instead of an address for some calls AWS makes internally. */
const AWS_INTERNAL = 'AWS Internal'

/**
 * sourceIPAddress is an address, or the DNS name of the AWS service that called on the principal's
 * behalf, or "AWS Internal". Anything else (a redacted or mangled address) is not put in src_endpoint,
 * whose ip must parse; the raw text is kept in unmapped.source_ip_address instead.
 */
function sourceEndpointOf(address: string | undefined, vpcEndpointId: string | undefined): NetworkEndpoint {
  if (address !== undefined && isIP(address) !== 0) return compact({ ip: address, uid: vpcEndpointId })
  if (address?.endsWith('.amazonaws.com')) return compact({ svc_name: address, uid: vpcEndpointId })
  if (address === AWS_INTERNAL) return { name: AWS_INTERNAL }
  // src_endpoint is required; a call logged without a usable address keeps a named placeholder.
  return compact({ name: 'unknown', uid: vpcEndpointId })
}

function isMappedAddress(address: string | undefined): boolean {
  if (address === undefined) return true
  return isIP(address) !== 0 || address.endsWith('.amazonaws.com') || address === AWS_INTERNAL
}

/** A failed call has an errorCode; a failed console sign-in may say so only in responseElements. */
function statusOf(event: JsonObject) {
  const errorCode = asString(event.errorCode)
  const signInOutcome = asString(path(event, 'responseElements', 'ConsoleLogin'))
  if (errorCode === undefined && signInOutcome !== 'Failure') return ACTIVITY_STATUS.success
  return {
    ...ACTIVITY_STATUS.failure,
    status_code: errorCode,
    status_detail: asString(event.errorMessage),
  }
}

/**
 * api.request needs a uid. It is CloudTrail's requestID; records without one (sign-in events, service
 * events) use their eventID, CloudTrail's own unique id for the record, so the uid still names exactly
 * this call on every run; a record with neither uses the event's stable uid.
 */
function requestOf(event: JsonObject, eventUid: string) {
  const requestId = asString(event.requestID)
  const parameters = event.requestParameters ?? undefined
  if (requestId === undefined && parameters === undefined) return undefined
  return compact({
    uid: requestId ?? asString(event.eventID) ?? eventUid,
    data: parameters === undefined ? undefined : redactSecrets(parameters),
  })
}

function responseOf(event: JsonObject) {
  const elements = event.responseElements ?? undefined
  return compactOrOmit({
    error: asString(event.errorCode),
    error_message: asString(event.errorMessage),
    data: elements === undefined ? undefined : redactSecrets(elements),
  })
}

function messageOf(actorName: string | undefined, event: JsonObject, failed: boolean): string {
  const service = asString(event.eventSource)
  const outcome = failed ? ` (${asString(event.errorCode) ?? 'failed'})` : ''
  const target = service === undefined ? '' : ` on ${service}`
  return `${actorName ?? 'unknown'} ${asString(event.eventName)}${target}${outcome}`
}

export interface MappingContext {
  readonly location: Location
  readonly eventTime: EventTime
  readonly eventUid: string
}

export function toApiActivity(record: CloudTrailRecord, context: MappingContext): ApiActivity {
  const { event, envelope } = record
  const operation = asString(event.eventName) ?? 'unknown'
  const readOnly = asBoolean(event.readOnly)
  const actor = actorOf(event)
  const status = statusOf(event)
  const sourceAddress = asString(event.sourceIPAddress)
  const accountUid = asString(event.recipientAccountId) ?? envelope.accountUid
  const resources = resourcesOf(event, envelope.resources)
  const eventSource = asString(event.eventSource)
  return compact({
    ...classification(API_ACTIVITY, operationActivity(operation, readOnly)),
    ...severity('informational'),
    time: context.eventTime.time,
    message: messageOf(actor.user?.name, event, status.status_id === ACTIVITY_STATUS.failure.status_id),
    ...status,
    metadata: buildMetadata(SKILL_NAME, {
      uid: context.eventUid,
      profiles: ['cloud'],
      ...provenanceMetadata({
        originalEventUid: asString(event.eventID),
        location: context.location,
        eventTime: context.eventTime,
        logProvider: LOG_PROVIDERS[record.form],
      }),
      log_version: asString(event.eventVersion),
    }),
    actor,
    api: compact({
      operation,
      service: eventSource === undefined ? undefined : { name: eventSource },
      version: asString(event.apiVersion),
      request: requestOf(event, context.eventUid),
      response: responseOf(event),
    }),
    src_endpoint: sourceEndpointOf(sourceAddress, asString(event.vpcEndpointId)),
    http_request: compactOrOmit({ user_agent: asString(event.userAgent) }),
    resources: resources.length > 0 ? resources : undefined,
    cloud: compact({
      provider: 'AWS',
      region: asString(event.awsRegion) ?? envelope.region,
      account: accountUid === undefined ? undefined : { uid: accountUid },
    }),
    unmapped: compactOrOmit({
      event_type: asString(event.eventType),
      event_category: asString(event.eventCategory),
      management_event: asBoolean(event.managementEvent),
      read_only: readOnly,
      source_identity: sourceIdentityOf(event),
      source_ip_address: isMappedAddress(sourceAddress) ? undefined : sourceAddress,
      additional_event_data: redactSecrets(event.additionalEventData ?? undefined),
      service_event_details: redactSecrets(event.serviceEventDetails ?? undefined),
      shared_event_id: asString(event.sharedEventID),
      vpc_endpoint_account_id: asString(event.vpcEndpointAccountId),
      session_credential_from_console: asBoolean(event.sessionCredentialFromConsole),
      tls_details: event.tlsDetails ?? undefined,
    }),
  })
}

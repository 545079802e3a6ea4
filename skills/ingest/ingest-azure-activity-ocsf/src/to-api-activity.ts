/** Maps one Activity Log event (EventData shape) to OCSF API Activity (6003) with the cloud profile. */
import { type EventTime, httpMethodOf, provenanceMetadata } from '#shared/ingest/index.ts'
import type { Location } from '#shared/io/index.ts'
import {
  asInt,
  asObject,
  asString,
  compact,
  compactOrOmit,
  type JsonObject,
  path,
} from '#shared/json/index.ts'
import {
  API_ACTIVITY,
  type ApiActivity,
  buildMetadata,
  classification,
  type HttpRequest,
  type Request,
  type ResourceDetails,
  severity,
} from '#shared/ocsf/index.ts'
import type { ActivityRecord } from './activity-record.ts'
import { actorOf } from './actor.ts'
import { cloudOf, sourceEndpointOf } from './azure-context.ts'
import { type EventOutcome, outcomeOf } from './event-outcome.ts'
import { HTTP_CREATED, OPERATION_VERB_ACTIVITY } from './mappings/operation-activity.ts'
import { redactBody } from './redaction.ts'
import { parseResourceId } from './resource-id.ts'

export const SKILL_NAME = 'ingest-azure-activity-ocsf'

const LOG_PROVIDER = 'Azure Activity Log'

export interface MappingContext {
  readonly location: Location
  readonly eventTime: EventTime
  readonly eventUid: string
}

/** The request and response bodies Resource Manager logs as JSON strings: parsed, or left out when unreadable. */
interface Bodies {
  readonly request?: unknown
  readonly response?: unknown
  readonly unreadable: string[]
}

function memberOf(properties: JsonObject, lowerCaseName: string): unknown {
  const key = Object.keys(properties).find((name) => name.toLowerCase() === lowerCaseName)
  return key === undefined ? undefined : properties[key]
}

function parseBody(value: unknown, name: string, unreadable: string[]): unknown {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string') return value
  try {
    return JSON.parse(value) as unknown
  } catch {
    // A body cut short or not JSON could hold a secret where no member name says so: it is left out.
    unreadable.push(name)
    return undefined
  }
}

function bodiesOf(properties: JsonObject): Bodies {
  const unreadable: string[] = []
  return {
    request: parseBody(memberOf(properties, 'requestbody'), 'requestbody', unreadable),
    response: parseBody(memberOf(properties, 'responsebody'), 'responsebody', unreadable),
    unreadable,
  }
}

/** write is Create when the response says 201 Created; see mappings/operation-activity.ts. */
function activityOf(operationName: string, outcome: EventOutcome): 1 | 2 | 3 | 4 | 99 {
  const verb = operationName.slice(operationName.lastIndexOf('/') + 1).toLowerCase()
  const activity = OPERATION_VERB_ACTIVITY[verb] ?? 99
  return activity === 3 && outcome.httpCode === HTTP_CREATED ? 1 : activity
}

/**
 * api.request.uid: Resource Manager's id of the request (properties.serviceRequestId), else the client's
 * (httpRequest.clientRequestId), else the operation's (operationId, shared by its Started and Succeeded
 * events), else the correlation id of the whole action.
 */
function requestOf(event: JsonObject, properties: JsonObject, data: unknown): Request | undefined {
  const uid =
    asString(properties.serviceRequestId) ??
    asString(path(event, 'httpRequest', 'clientRequestId')) ??
    asString(event.operationId) ??
    asString(event.correlationId)
  if (uid === undefined) return undefined
  return compact({ uid, data })
}

function httpRequestOf(event: JsonObject): HttpRequest | undefined {
  return compactOrOmit({
    http_method: httpMethodOf(asString(path(event, 'httpRequest', 'method'))),
    uid: asString(path(event, 'httpRequest', 'clientRequestId')),
  })
}

function resourceOf(resourceId: string | undefined): ResourceDetails | undefined {
  if (resourceId === undefined) return undefined
  const parts = parseResourceId(resourceId)
  return compact({
    uid: resourceId,
    name: parts.name,
    type: parts.type,
    group: parts.resourceGroup === undefined ? undefined : { name: parts.resourceGroup },
  })
}

/** The provider namespace: Microsoft.Authorization of Microsoft.Authorization/roleAssignments/write. */
function serviceNameOf(event: JsonObject, operationName: string, resource: ResourceDetails | undefined) {
  const provider = asString(path(event, 'resourceProviderName', 'value'))
  if (provider !== undefined) return provider
  const slash = operationName.indexOf('/')
  if (slash > 0) return operationName.slice(0, slash)
  return resource?.type?.split('/')[0]
}

function messageOf(
  caller: string,
  operationName: string,
  resource: ResourceDetails | undefined,
  status: string,
) {
  return `${caller} ${operationName}${resource?.name === undefined ? '' : ` ${resource.name}`} (${status})`
}

/** Properties already mapped, left out of unmapped.properties. */
const MAPPED_PROPERTIES: ReadonlySet<string> = new Set([
  'requestbody',
  'responsebody',
  'statusmessage',
  'statuscode',
  'servicerequestid',
  'policies',
  'eventcategory',
  'eventname',
  'operationid',
])

function unmappedPropertiesOf(properties: JsonObject): JsonObject | undefined {
  const rest: JsonObject = {}
  for (const [key, value] of Object.entries(properties)) {
    if (!MAPPED_PROPERTIES.has(key.toLowerCase())) rest[key] = value
  }
  return compactOrOmit(rest)
}

export function toApiActivity(record: ActivityRecord, context: MappingContext): ApiActivity {
  const { event } = record
  const operationName = asString(path(event, 'operationName', 'value')) ?? 'unknown'
  const properties = asObject(event.properties) ?? {}
  const outcome = outcomeOf(event, properties)
  const resourceId = asString(event.resourceId)
  const resource = resourceOf(resourceId)
  const bodies = bodiesOf(properties)
  const actor = actorOf(event, properties, outcome.errorCode)
  const isFailure = outcome.status.status_id === 2
  return compact({
    ...classification(API_ACTIVITY, activityOf(operationName, outcome)),
    ...severity('informational'),
    time: context.eventTime.time,
    message: messageOf(actor.user?.name ?? 'unknown', operationName, resource, outcome.status.status),
    ...outcome.status,
    status_code: outcome.statusCode,
    status_detail: asString(event.description) ?? outcome.errorMessage,
    metadata: buildMetadata(SKILL_NAME, {
      uid: context.eventUid,
      correlation_uid: asString(event.correlationId),
      profiles: ['cloud'],
      ...provenanceMetadata({
        originalEventUid: asString(event.eventDataId),
        location: context.location,
        eventTime: context.eventTime,
        logProvider: LOG_PROVIDER,
      }),
      log_name: asString(path(event, 'category', 'value')),
      log_level: asString(event.level),
    }),
    actor,
    api: compact({
      operation: operationName,
      service: compactOrOmit({ name: serviceNameOf(event, operationName, resource) }),
      version: asString(event.operationVersion),
      request: requestOf(event, properties, redactBody(bodies.request, resource?.type)),
      response: compactOrOmit({
        code: outcome.httpCode,
        error: isFailure ? outcome.errorCode : undefined,
        message: outcome.errorMessage,
        data: redactBody(bodies.response, resource?.type),
      }),
    }),
    src_endpoint: sourceEndpointOf(asString(path(event, 'httpRequest', 'clientIpAddress'))),
    http_request: httpRequestOf(event),
    resources: resource === undefined ? undefined : [resource],
    cloud: cloudOf(event, resourceId, asString(properties.resourceLocation)),
    unmapped: compactOrOmit({
      event_name: asString(path(event, 'eventName', 'value')),
      operation_id: asString(event.operationId),
      duration_ms: asInt(event.durationMs),
      processing_location: asString(event.location),
      unreadable_bodies: bodies.unreadable.length > 0 ? bodies.unreadable : undefined,
      properties: redactBody(unmappedPropertiesOf(properties), resource?.type),
    }),
  })
}

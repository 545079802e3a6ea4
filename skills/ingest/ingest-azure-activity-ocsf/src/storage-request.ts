/**
 * Maps one Azure Storage resource log record (StorageRead, StorageWrite, StorageDelete: one data-plane
 * request to a blob, file, queue or table service) to OCSF API Activity (6003). The caller is the
 * requester of an OAuth request; shared-key and SAS requests name only the key they were signed with.
 */
import { provenanceMetadata } from '#shared/ingest/index.ts'
import { scrubSecrets } from '#shared/io/index.ts'
import {
  asArray,
  asInt,
  asObject,
  asString,
  compact,
  compactOrOmit,
  type JsonObject,
  path,
} from '#shared/json/index.ts'
import {
  ACTIVITY_STATUS,
  API_ACTIVITY,
  type ApiActivity,
  type Authorization,
  buildMetadata,
  classification,
  type ResourceDetails,
  severity,
  type Url,
  type User,
} from '#shared/ocsf/index.ts'
import type { ActivityRecord } from './activity-record.ts'
import { cloudOf, sourceEndpointOf } from './azure-context.ts'
import { STORAGE_VERB_ACTIVITY } from './mappings/operation-activity.ts'
import { parseResourceId } from './resource-id.ts'
import { type MappingContext, SKILL_NAME } from './to-api-activity.ts'

const LOG_PROVIDER = 'Azure Storage resource logs'

function activityOf(operationName: string): 1 | 2 | 3 | 4 | 99 {
  const verb = /^[A-Za-z][a-z]*/.exec(operationName)?.[0]?.toLowerCase() ?? ''
  return STORAGE_VERB_ACTIVITY[verb] ?? 99
}

/** A status code below 400 succeeded; without one, metricResponseType says Success or names the failure. */
function statusOf(code: number | undefined, responseType: string | undefined) {
  if (code !== undefined) return code < 400 ? ACTIVITY_STATUS.success : ACTIVITY_STATUS.failure
  if (responseType === undefined) return ACTIVITY_STATUS.unknown
  return responseType === 'Success' ? ACTIVITY_STATUS.success : ACTIVITY_STATUS.failure
}

/** identity.type is how the request was authorized: OAuth, SAS, AccountKey, or Anonymous. */
function userOf(identity: JsonObject | undefined): User {
  const requester = asObject(identity?.requester)
  const upn = asString(requester?.upn)
  const objectId = asString(requester?.objectId)
  if (upn !== undefined || objectId !== undefined) {
    return compact({
      name: upn ?? objectId,
      uid: objectId,
      ...(upn === undefined ? {} : { type_id: 1 as const, type: 'User' }),
    })
  }
  if (asString(identity?.type)?.toLowerCase() === 'anonymous')
    return { name: 'anonymous', type_id: 99, type: 'Anonymous' }
  return { name: 'unknown' }
}

function authorizationsOf(identity: JsonObject | undefined): Authorization[] | undefined {
  const authorizations: Authorization[] = []
  for (const item of asArray(identity?.authorization) ?? []) {
    const action = asString(path(item, 'action'))
    if (action === undefined) continue
    const result = asString(path(item, 'result'))?.toLowerCase()
    authorizations.push(
      compact({
        decision: result === 'granted' ? 'allow' : result === 'denied' ? 'forbid' : undefined,
        policy: compact({
          name: action,
          uid: asString(path(item, 'roleAssignmentId')),
          type: asString(path(item, 'type')) ?? 'Azure RBAC',
          desc: asString(path(item, 'reason')),
        }),
      }),
    )
  }
  return authorizations.length > 0 ? authorizations : undefined
}

/** The request URL with its SAS signature and other tokens redacted. */
function urlOf(uri: string | undefined): Url | undefined {
  if (uri === undefined) return undefined
  const scrubbed = scrubSecrets(uri)
  let parsed: URL
  try {
    parsed = new URL(scrubbed)
  } catch {
    return { url_string: scrubbed }
  }
  return compact({
    url_string: scrubbed,
    scheme: parsed.protocol.replace(/:$/, ''),
    hostname: parsed.hostname,
    path: parsed.pathname,
    query_string: parsed.search === '' ? undefined : parsed.search.slice(1),
  })
}

/** The object requested (`/account/container/blob`), then the storage service the log belongs to. */
function resourcesOf(record: JsonObject, properties: JsonObject): ResourceDetails[] | undefined {
  const resources: ResourceDetails[] = []
  const objectKey = asString(properties.objectKey)
  if (objectKey !== undefined) {
    resources.push(
      compact({
        uid: objectKey,
        name: objectKey
          .split('/')
          .filter((part) => part !== '')
          .at(-1),
        type: asString(properties.serviceType),
      }),
    )
  }
  const resourceId = asString(record.resourceId)
  if (resourceId !== undefined) {
    const parts = parseResourceId(resourceId)
    resources.push(
      compact({
        uid: resourceId,
        name: parts.name,
        type: parts.type,
        group: parts.resourceGroup === undefined ? undefined : { name: parts.resourceGroup },
      }),
    )
  }
  return resources.length > 0 ? resources : undefined
}

export function storageToApiActivity(activity: ActivityRecord, context: MappingContext): ApiActivity {
  const record = activity.event
  const properties = asObject(record.properties) ?? {}
  const identity = asObject(record.identity)
  const operationName = asString(record.operationName) ?? 'unknown'
  const code = asInt(record.statusCode)
  const statusText = asString(record.statusText)
  const status = statusOf(code, asString(properties.metricResponseType))
  const user = userOf(identity)
  const resources = resourcesOf(record, properties)
  const requestUid = asString(record.correlationId) ?? asString(properties.clientRequestId)
  return compact({
    ...classification(API_ACTIVITY, activityOf(operationName)),
    ...severity('informational'),
    time: context.eventTime.time,
    message:
      `${user.name ?? 'unknown'} ${operationName} ${asString(properties.objectKey) ?? asString(properties.accountName) ?? ''} (${status.status})`.trim(),
    ...status,
    status_code: code === undefined ? undefined : String(code),
    status_detail: statusText,
    metadata: buildMetadata(SKILL_NAME, {
      uid: context.eventUid,
      profiles: ['cloud'],
      ...provenanceMetadata({
        originalEventUid: asString(record.correlationId),
        location: context.location,
        eventTime: context.eventTime,
        logProvider: LOG_PROVIDER,
      }),
      log_name: asString(record.category),
    }),
    actor: compact({
      user,
      session: compactOrOmit({ credential_uid: asString(identity?.tokenHash) }),
      app_uid: asString(path(identity, 'requester', 'appId')),
      authorizations: authorizationsOf(identity),
    }),
    api: compact({
      operation: operationName,
      service: { name: 'Microsoft.Storage' },
      version: asString(record.operationVersion),
      request: requestUid === undefined ? undefined : { uid: requestUid },
      response: compactOrOmit({
        code,
        error: code !== undefined && code >= 400 ? statusText : undefined,
        message: statusText,
      }),
    }),
    src_endpoint: sourceEndpointOf(asString(record.callerIpAddress)),
    http_request: compactOrOmit({
      user_agent: asString(properties.userAgentHeader),
      referrer: asString(properties.referrerHeader),
      uid: asString(properties.clientRequestId),
      url: urlOf(asString(record.uri)),
    }),
    resources,
    cloud: cloudOf(record, asString(record.resourceId), asString(record.location)),
    unmapped: compactOrOmit({
      authorization_type: asString(identity?.type),
      metric_response_type: asString(properties.metricResponseType),
      protocol: asString(record.protocol),
      tls_version: asString(properties.tlsVersion),
      duration_ms: asInt(record.durationMs),
    }),
  })
}

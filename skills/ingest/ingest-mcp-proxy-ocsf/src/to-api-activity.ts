/** Maps one MCP message (or one tool of a tools/list result) to OCSF API Activity (6003) with the ai_operation profile. */
import { type EventTime, provenanceMetadata } from '#shared/ingest/index.ts'
import type { Location } from '#shared/io/index.ts'
import { compact, compactOrOmit, type JsonObject } from '#shared/json/index.ts'
import {
  ACTIVITY_STATUS,
  API_ACTIVITY,
  type ApiActivity,
  buildMetadata,
  classification,
  type MessageContext,
  type ResourceDetails,
  severity,
} from '#shared/ocsf/index.ts'
import type { JsonRpcError } from './json-rpc.ts'
import { aiRoleOf, JSON_RPC_ERROR_NAMES, METHOD_ACTIVITY } from './mappings/methods.ts'
import type { Sender } from './proxy-record.ts'
import type { SessionInfo } from './session-state.ts'

export const SKILL_NAME = 'ingest-mcp-proxy-ocsf'
const LOG_PROVIDER = 'MCP proxy'

/** One MCP message as the mapping sees it, with what the session and its pending request tell about it. */
export interface McpMessage {
  readonly kind: 'request' | 'notification' | 'response'
  /** The request's method; for a response, the method of the request it answers. */
  readonly method: string
  readonly sender: Sender
  /** The side that sent the request (the actor); for a notification, its sender. */
  readonly requester: Sender
  /** The JSON-RPC id, as text. */
  readonly id?: string
  readonly sessionId?: string
  /** The upstream server's name: the proxy's name for it, else the serverInfo it introduced itself with. */
  readonly server?: string
  readonly session: SessionInfo
  readonly user?: string
  readonly target?: ResourceDetails
  /** What the request sent that is worth keeping (tools/call arguments, redacted). */
  readonly requestData?: JsonObject
  readonly error?: JsonRpcError
  /** A tools/call result with isError: the tool ran and failed. */
  readonly toolFailed?: boolean
  /** A list result's nextCursor: more pages follow. */
  readonly nextCursor?: string
  /** False for a response whose request is not in the log, so its method was read from the result. */
  readonly requestSeen?: boolean
  readonly correlationUid?: string
}

export interface MappingContext {
  readonly location: Location
  readonly eventTime: EventTime
  readonly eventUid: string
  readonly originalEventUid?: string
}

function nameOf(side: Sender, message: McpMessage): string | undefined {
  return side === 'client' ? message.session.clientName : message.server
}

/** Own keys only: a method named `constructor` must not read Object.prototype. */
function activityOf(method: string): 1 | 2 | 3 | 4 | 99 {
  return Object.hasOwn(METHOD_ACTIVITY, method) ? (METHOD_ACTIVITY[method] ?? 99) : 99
}

function statusOf(message: McpMessage) {
  if (message.kind !== 'response') return ACTIVITY_STATUS.unknown
  if (message.error !== undefined || message.toolFailed === true) return ACTIVITY_STATUS.failure
  return ACTIVITY_STATUS.success
}

function errorNameOf(error: JsonRpcError): string | undefined {
  if (error.code === undefined) return undefined
  const code = String(error.code)
  return Object.hasOwn(JSON_RPC_ERROR_NAMES, code) ? JSON_RPC_ERROR_NAMES[code] : code
}

function responseOf(message: McpMessage) {
  if (message.kind !== 'response') return undefined
  const { error } = message
  return compactOrOmit({
    code: error?.code,
    error: error === undefined ? undefined : errorNameOf(error),
    message: error?.message,
    data: message.nextCursor === undefined ? undefined : { nextCursor: message.nextCursor },
  })
}

function messageContextOf(message: McpMessage): MessageContext | undefined {
  const { session, server } = message
  const application =
    session.clientName === undefined
      ? undefined
      : compact({ name: session.clientName, version: session.clientVersion })
  const service = server === undefined ? undefined : compact({ name: server, version: session.serverVersion })
  // message_context needs a client or a server; a line naming neither leaves it out.
  if (application === undefined && service === undefined) return undefined
  return compact({ uid: message.sessionId, ...aiRoleOf(message.method), application, service })
}

function actorOf(message: McpMessage) {
  const actor = compactOrOmit({
    app_name: nameOf(message.requester, message),
    user: message.user === undefined ? undefined : { name: message.user },
    session: message.sessionId === undefined ? undefined : { uid: message.sessionId },
  })
  return actor ?? { app_name: 'unknown' }
}

function outcomeText(message: McpMessage): string {
  if (message.kind !== 'response') return ''
  if (message.error !== undefined) return ` (error ${message.error.code ?? 'without a code'})`
  return message.toolFailed === true ? ' (tool error)' : ' (success)'
}

function textOf(message: McpMessage): string {
  const client = message.session.clientName ?? 'MCP client'
  const server = message.server ?? 'MCP server'
  const target = message.target?.name === undefined ? '' : ` ${message.target.name}`
  if (message.kind === 'response') {
    const responder = message.requester === 'client' ? server : client
    return `${responder} answered ${message.method}${target}${outcomeText(message)}`
  }
  const sender = message.sender === 'client' ? client : server
  const verb = message.kind === 'request' ? 'requested' : 'notified'
  return `${sender} ${verb} ${message.method}${target}`
}

export function toApiActivity(message: McpMessage, context: MappingContext): ApiActivity {
  const status = statusOf(message)
  const { error } = message
  return compact({
    ...classification(API_ACTIVITY, activityOf(message.method)),
    ...severity('informational'),
    time: context.eventTime.time,
    message: textOf(message),
    ...status,
    status_code: error?.code === undefined ? undefined : String(error.code),
    status_detail:
      error?.message ?? (message.toolFailed === true ? 'the tool reported an error (isError)' : undefined),
    metadata: buildMetadata(SKILL_NAME, {
      uid: context.eventUid,
      correlation_uid: message.correlationUid,
      profiles: ['ai_operation'],
      ...provenanceMetadata({
        originalEventUid: context.originalEventUid,
        location: context.location,
        eventTime: context.eventTime,
        logProvider: LOG_PROVIDER,
      }),
    }),
    actor: actorOf(message),
    api: compact({
      operation: message.method,
      service:
        message.server === undefined
          ? undefined
          : compact({ name: message.server, version: message.session.serverVersion }),
      version: message.session.protocolVersion,
      request: message.id === undefined ? undefined : compact({ uid: message.id, data: message.requestData }),
      response: responseOf(message),
    }),
    // A proxy log names no network addresses (stdio has none); src_endpoint is required, so a named placeholder.
    src_endpoint: { name: 'unknown' },
    message_context: messageContextOf(message),
    resources: message.target === undefined ? undefined : [message.target],
    unmapped: compact({
      direction: message.sender === 'client' ? 'client->server' : 'server->client',
      message_type: message.kind,
      request_seen: message.requestSeen,
    }),
  })
}

/**
 * Turns MCP proxy log lines into API Activity events: one per request, notification and response, and
 * one per tool of a tools/list result. Responses are paired with their requests by session, server,
 * requesting side and JSON-RPC id, in bounded state, so each response carries its method and target.
 */
import { type EventTime, redactSecretMembers, resolveEventTime } from '#shared/ingest/index.ts'
import { formatLocation, type RecordContext, type RecordProcessor } from '#shared/io/index.ts'
import {
  asArray,
  asObject,
  asString,
  canonicalJson,
  type JsonObject,
  sha256Hex,
  stableUid,
} from '#shared/json/index.ts'
import { type JsonRpcMessage, readJsonRpc } from './json-rpc.ts'
import { CREDENTIAL_ARGUMENTS } from './mappings/credential-arguments.ts'
import { RESULT_MEMBER_METHOD, SERVER_ORIGINATED_METHODS } from './mappings/methods.ts'
import type { ProxyRecord, Sender } from './proxy-record.ts'
import { McpSessions, type SessionCapacities } from './session-state.ts'
import { targetOfRequest, toolResource } from './targets.ts'
import { type McpMessage, SKILL_NAME, toApiActivity } from './to-api-activity.ts'
import { readToolDefinition } from './tool-definition.ts'
import { readVariant, recordsOfValue } from './variants.ts'

export interface McpProxyOptions {
  /** Stamp for records without a usable time (from --assume-time); absent means report them. */
  readonly assumeTime?: number
  readonly capacities?: SessionCapacities
}

function otherSide(side: Sender): Sender {
  return side === 'client' ? 'server' : 'client'
}

/** The sender the line names, else the side that sends this method (the client, unless only servers send it). */
function senderOf(record: ProxyRecord, method: string): Sender {
  return record.sender ?? (SERVER_ORIGINATED_METHODS.has(method) ? 'server' : 'client')
}

function methodOfResult(result: JsonObject | undefined): string | undefined {
  for (const [member, method] of RESULT_MEMBER_METHOD) {
    if (result !== undefined && Object.hasOwn(result, member)) return method
  }
  return undefined
}

/** What one log line shares among the events of its messages. */
interface LineContext {
  readonly record: ProxyRecord
  readonly sessionKey: string
  readonly recordHash: string
  readonly context: RecordContext
  readonly eventTime: EventTime
}

export function createMcpProxyProcessor(options: McpProxyOptions = {}): RecordProcessor {
  const sessions = new McpSessions(options.capacities)
  let unpairedResponses = 0

  const emit = (line: LineContext, message: McpMessage, ...uidParts: Array<string | number>) => {
    line.context.emit(
      toApiActivity(message, {
        location: line.context.location,
        eventTime: line.eventTime,
        eventUid: stableUid(SKILL_NAME, line.recordHash, ...uidParts),
        originalEventUid: line.record.eventId,
      }),
    )
  }

  const correlationOf = (line: LineContext, requester: Sender, id: string) =>
    stableUid(SKILL_NAME, line.sessionKey, requester, id, line.eventTime.time)

  /** The fields every event of a line shares, with the server named by the proxy or by the server itself. */
  const baseOf = (line: LineContext) => {
    const session = sessions.info(line.sessionKey)
    return {
      sessionId: line.record.sessionId,
      server: line.record.server ?? session.serverName,
      session,
      user: line.record.user,
    }
  }

  const handleRequest = (
    line: LineContext,
    message: Extract<JsonRpcMessage, { kind: 'request' }>,
    index: number,
  ) => {
    const sender = senderOf(line.record, message.method)
    if (message.method === 'initialize' && sender === 'client') {
      const clientInfo = asObject(message.params?.clientInfo)
      sessions.learn(line.sessionKey, {
        clientName: asString(clientInfo?.name),
        clientVersion: asString(clientInfo?.version),
        protocolVersion: asString(message.params?.protocolVersion),
      })
    }
    const base = baseOf(line)
    const target = targetOfRequest(message.method, message.params, base.server)
    const correlationUid = correlationOf(line, sender, message.id)
    sessions.await(line.sessionKey, sender, message.id, { method: message.method, target, correlationUid })
    const args = asObject(message.params?.arguments)
    emit(
      line,
      {
        ...base,
        kind: 'request',
        method: message.method,
        sender,
        requester: sender,
        id: message.id,
        target,
        requestData:
          message.method === 'tools/call' && args !== undefined
            ? { arguments: redactSecretMembers(args, CREDENTIAL_ARGUMENTS) }
            : undefined,
        correlationUid,
      },
      index,
    )
  }

  const handleNotification = (
    line: LineContext,
    message: Extract<JsonRpcMessage, { kind: 'notification' }>,
    index: number,
  ) => {
    const sender = senderOf(line.record, message.method)
    emit(
      line,
      { ...baseOf(line), kind: 'notification', method: message.method, sender, requester: sender },
      index,
    )
  }

  /** The request a response answers: by the logged direction, else whichever side has a request with that id waiting. */
  const pairResponse = (line: LineContext, id: string | undefined) => {
    if (id === undefined) return { requester: otherSide(line.record.sender ?? 'server'), request: undefined }
    const candidates: Sender[] =
      line.record.sender === undefined ? ['client', 'server'] : [otherSide(line.record.sender)]
    for (const requester of candidates) {
      const request = sessions.answer(line.sessionKey, requester, id)
      if (request !== undefined) return { requester, request }
    }
    return { requester: candidates[0] ?? 'client', request: undefined }
  }

  const handleResponse = (
    line: LineContext,
    message: Extract<JsonRpcMessage, { kind: 'response' }>,
    index: number,
  ) => {
    const { requester, request } = pairResponse(line, message.id)
    if (request === undefined) unpairedResponses += 1
    const method = request?.method ?? methodOfResult(message.result) ?? 'unknown'
    const { result } = message
    if (method === 'initialize' && result !== undefined) {
      const serverInfo = asObject(result.serverInfo)
      sessions.learn(line.sessionKey, {
        serverName: asString(serverInfo?.name),
        serverVersion: asString(serverInfo?.version),
        protocolVersion: asString(result.protocolVersion),
      })
    }
    const response: McpMessage = {
      ...baseOf(line),
      kind: 'response',
      method,
      sender: otherSide(requester),
      requester,
      id: message.id,
      target: request?.target,
      error: message.error,
      toolFailed: method === 'tools/call' && result?.isError === true ? true : undefined,
      nextCursor: asString(result?.nextCursor),
      requestSeen: request === undefined ? false : undefined,
      correlationUid:
        request?.correlationUid ??
        (message.id === undefined ? undefined : correlationOf(line, requester, message.id)),
    }
    const tools = method === 'tools/list' ? asArray(result?.tools) : undefined
    if (tools === undefined || tools.length === 0) {
      emit(line, response, index)
      return
    }
    // One event per tool, so each definition and its fingerprint is an event of its own.
    tools.forEach((entry, toolIndex) => {
      const tool = readToolDefinition(entry)
      if (tool === undefined) {
        line.context.warn(
          `${formatLocation(line.context.location)}: tools/list entry ${toolIndex + 1} has no name; left out`,
        )
        return
      }
      emit(line, { ...response, target: toolResource(tool, response.server) }, index, toolIndex)
    })
  }

  return {
    recordsOf: recordsOfValue,

    process(raw, context) {
      const result = readVariant(raw)
      if ('dropReason' in result) {
        context.drop(result.dropReason)
        return
      }
      const { record } = result
      // Every message is read before any is emitted, so a bad batch member costs the whole line, not half of it.
      const messages = record.messages.map(readJsonRpc)
      const line: LineContext = {
        record,
        // A stdio proxy writes one log per session and may name none: the input then stands for the session.
        sessionKey: `${record.sessionId ?? `log:${context.location.source}`}\u001f${record.server ?? ''}`,
        recordHash: sha256Hex(canonicalJson(raw)),
        context,
        eventTime: resolveEventTime(record.times, options.assumeTime),
      }
      messages.forEach((message, index) => {
        if (message.kind === 'request') handleRequest(line, message, index)
        else if (message.kind === 'notification') handleNotification(line, message, index)
        else handleResponse(line, message, index)
      })
    },

    finish(context) {
      if (unpairedResponses > 0)
        context.note(`${unpairedResponses} responses without their request in the log`)
      if (sessions.forgottenRequests > 0)
        context.note(`${sessions.forgottenRequests} unanswered requests forgotten at the state bound`)
    },
  }
}

/**
 * One small reader per form a proxy writes its log lines in, each chosen by a type guard and each
 * returning the same ProxyRecord: an envelope holding the JSON-RPC message as an object (or a batch
 * array), an envelope holding it as the text that crossed the wire, and the message itself with the
 * proxy's fields spread beside its own.
 */
import { RecordError } from '#shared/errors/index.ts'
import { asObject, asString, asText, type JsonObject, path, recordsIn } from '#shared/json/index.ts'
import type { ProxyForm, ProxyRecord, Sender } from './proxy-record.ts'

/** Result of reading one record: a proxy record, or the reason it holds no traffic (counted as dropped). */
export type VariantResult = { readonly record: ProxyRecord } | { readonly dropReason: string }

const SESSION_KEYS = ['session_id', 'sessionId', 'session', 'mcp_session_id']
const SERVER_KEYS = ['server', 'server_name', 'serverName']
const TIME_KEYS = ['timestamp', 'time', 'ts', '@timestamp']
const MESSAGE_KEYS = ['message', 'payload']

/** Spellings of the direction field; any other value (including request or response) leaves the sender to be worked out. */
const DIRECTION_SENDER: Readonly<Record<string, Sender>> = {
  'client->server': 'client',
  client_to_server: 'client',
  'client-to-server': 'client',
  to_server: 'client',
  c2s: 'client',
  'server->client': 'server',
  server_to_client: 'server',
  'server-to-client': 'server',
  to_client: 'server',
  s2c: 'server',
}

function firstText(record: JsonObject, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = asText(record[key]) ?? asString(path(record, key, 'name'))
    if (value !== undefined) return value
  }
  return undefined
}

function senderOf(record: JsonObject): Sender | undefined {
  const direction = asString(record.direction) ?? asString(record.dir)
  if (direction === undefined) return undefined
  const spelling = direction.toLowerCase().replace(/\s+/g, '')
  return Object.hasOwn(DIRECTION_SENDER, spelling) ? DIRECTION_SENDER[spelling] : undefined
}

function readEnvelope(record: JsonObject, form: ProxyForm, messages: readonly unknown[]): ProxyRecord {
  return {
    form,
    sessionId: firstText(record, SESSION_KEYS),
    server: firstText(record, SERVER_KEYS),
    sender: senderOf(record),
    times: TIME_KEYS.map((key) => record[key]),
    user: asString(record.user) ?? asString(path(record, 'user', 'name')),
    eventId: asText(record.event_id),
    messages,
  }
}

function parseMessageText(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new RecordError('malformed JSON-RPC message text', (error as Error).message)
  }
}

function messagesOf(value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) return [value]
  if (value.length === 0) throw new RecordError('not a JSON-RPC message', 'an empty batch')
  return value
}

/** A JSON-RPC message logged as it is, with the proxy's fields (session, server, time) beside its own. */
function isFlatMessage(record: JsonObject): boolean {
  if (record.jsonrpc === '2.0') return true
  return (
    typeof record.method === 'string' || Object.hasOwn(record, 'result') || Object.hasOwn(record, 'error')
  )
}

export function readVariant(value: unknown): VariantResult {
  const record = asObject(value)
  if (record === undefined) throw new RecordError('not an MCP proxy record', 'not a JSON object')
  for (const key of MESSAGE_KEYS) {
    const message = record[key]
    // Proxies also log their own lifecycle as text in the same field ("server started"); only JSON is traffic.
    if (typeof message === 'string' && /^\s*[[{]/.test(message)) {
      return { record: readEnvelope(record, 'envelope-text', messagesOf(parseMessageText(message))) }
    }
    if (typeof message === 'object' && message !== null) {
      return { record: readEnvelope(record, 'envelope', messagesOf(message)) }
    }
  }
  if (isFlatMessage(record)) return { record: readEnvelope(record, 'flat', [record]) }
  const proxyFields = [...SESSION_KEYS, ...SERVER_KEYS, 'direction']
  if (proxyFields.some((key) => Object.hasOwn(record, key))) {
    return { dropReason: 'proxy record without a JSON-RPC message' }
  }
  throw new RecordError(
    'not an MCP proxy record',
    'no message or payload, no JSON-RPC members, no session or server',
  )
}

/** Containers a file may hold: a JSON array of records, or an object with `records` or `entries`. */
export function recordsOfValue(value: unknown): readonly unknown[] {
  return recordsIn(value, ['records', 'entries'])
}

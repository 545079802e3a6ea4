/**
 * Reads one JSON-RPC 2.0 message as MCP uses it: a request (method and id), a notification (method, no
 * id) or a response (id with result or error). The `jsonrpc` member is not required, since some proxies
 * drop it when they log; anything that is none of the three is a bad record.
 */
import { RecordError } from '#shared/errors/index.ts'
import { asInt, asObject, asString, asText, type JsonObject } from '#shared/json/index.ts'

export interface JsonRpcError {
  readonly code?: number
  readonly message?: string
}

export type JsonRpcMessage =
  | { readonly kind: 'request'; readonly id: string; readonly method: string; readonly params?: JsonObject }
  | { readonly kind: 'notification'; readonly method: string; readonly params?: JsonObject }
  | {
      readonly kind: 'response'
      /** Absent when the server could not read the request's id (a parse error answers with id null). */
      readonly id?: string
      readonly result?: JsonObject
      readonly error?: JsonRpcError
    }

export function readJsonRpc(value: unknown): JsonRpcMessage {
  const message = asObject(value)
  if (message === undefined) throw new RecordError('not a JSON-RPC message', 'not a JSON object')
  const id = asText(message.id)
  const method = asString(message.method)
  if (method !== undefined) {
    const params = asObject(message.params)
    if (id !== undefined) return { kind: 'request', id, method, params }
    return { kind: 'notification', method, params }
  }
  const error = asObject(message.error)
  if (error !== undefined) {
    return {
      kind: 'response',
      id,
      error: { code: asInt(error.code), message: asString(error.message) },
    }
  }
  if (Object.hasOwn(message, 'result')) {
    return { kind: 'response', id, result: asObject(message.result) ?? {} }
  }
  throw new RecordError('not a JSON-RPC message', 'neither a method nor a result or error')
}

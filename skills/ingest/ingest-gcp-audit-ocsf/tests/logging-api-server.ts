/**
 * A loopback HTTP server that plays the two Google endpoints a live pull talks to: the Compute Engine
 * metadata server, which application default credentials ask for an access token (GCE_METADATA_HOST points
 * them here), and the Cloud Logging REST API's entries:list, which answers each call with the next scripted
 * reply (JSON bodies, errors as google.rpc.Status JSON with their HTTP status and, for throttling, Retry-After).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { answerMetadata } from '../../../../tests/helpers/google-metadata.ts'

export { GOOGLE_ACCESS_TOKEN as ACCESS_TOKEN } from '../../../../tests/helpers/google-metadata.ts'

export interface ApiReply {
  readonly status: number
  readonly body: unknown
  readonly headers?: Readonly<Record<string, string>>
  /** Holds the reply back until this settles: a test uses it to see output streamed before the next page. */
  readonly after?: Promise<unknown>
}

export interface ListCall {
  readonly authorization: string | undefined
  readonly body: Record<string, unknown>
}

export interface LoggingApiServer {
  /** host:port, for GCE_METADATA_HOST. */
  readonly host: string
  /** http://host:port, for --api-endpoint. */
  readonly url: string
  readonly listCalls: ListCall[]
  readonly tokenRequests: number
  close(): Promise<void>
}

export function entriesPage(entries: readonly unknown[], nextPageToken?: string): ApiReply {
  return { status: 200, body: nextPageToken === undefined ? { entries } : { entries, nextPageToken } }
}

export function rpcError(
  status: number,
  rpcStatus: string,
  message: string,
  retryAfterSeconds?: number,
): ApiReply {
  return {
    status,
    body: { error: { code: status, message, status: rpcStatus } },
    headers: retryAfterSeconds === undefined ? undefined : { 'retry-after': String(retryAfterSeconds) },
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function send(response: ServerResponse, reply: ApiReply): void {
  const payload = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body)
  response.writeHead(reply.status, {
    'content-type': typeof reply.body === 'string' ? 'application/text' : 'application/json; charset=UTF-8',
    'content-length': Buffer.byteLength(payload),
    ...reply.headers,
  })
  response.end(payload)
}

/** Starts the server on an ephemeral loopback port; a list call past the script fails the test loudly. */
export async function startLoggingApi(replies: readonly ApiReply[]): Promise<LoggingApiServer> {
  const listCalls: ListCall[] = []
  const state = { tokenRequests: 0 }
  const server = createServer(async (request, response) => {
    const text = await readBody(request)
    if ((request.url ?? '').startsWith('/computeMetadata/')) {
      answerMetadata(request, response, state)
      return
    }
    if (request.method !== 'POST' || request.url !== '/v2/entries:list') {
      send(response, rpcError(404, 'NOT_FOUND', `unexpected ${request.method} ${request.url}`))
      return
    }
    listCalls.push({
      authorization: request.headers.authorization,
      body: text.length > 0 ? (JSON.parse(text) as Record<string, unknown>) : {},
    })
    const reply =
      replies[listCalls.length - 1] ?? rpcError(500, 'INTERNAL', 'the test scripted no reply for this call')
    if (reply.after !== undefined) await reply.after
    send(response, reply)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    listCalls,
    get tokenRequests() {
      return state.tokenRequests
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

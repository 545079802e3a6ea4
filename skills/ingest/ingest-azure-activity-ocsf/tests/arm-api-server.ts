/**
 * Loopback servers that play the two Azure endpoints a live pull talks to: an App Service managed identity
 * endpoint (plain HTTP on loopback, as App Service runs it; IDENTITY_ENDPOINT and IDENTITY_HEADER point
 * DefaultAzureCredential at it), and the Resource Manager REST API's Activity Logs - List, served over
 * HTTPS because the SDK sends a bearer token over TLS only. Its certificate is made for this run by
 * openssl and trusted by the skill through NODE_EXTRA_CA_CERTS. Each list call gets the next scripted
 * reply; continuation pages are reached through nextLink, as the real API returns them.
 */
import type { ServerResponse } from 'node:http'
import { sendArmJson, startAzureLoopback } from '../../../../tests/helpers/azure-loopback.ts'

export { AZURE_ACCESS_TOKEN as ACCESS_TOKEN } from '../../../../tests/helpers/azure-loopback.ts'

export const SUBSCRIPTION = '00000000-1111-2222-3333-444444444444'
export const LIST_PATH = `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.Insights/eventtypes/management/values`

export interface ApiReply {
  readonly status: number
  readonly body: unknown
  readonly headers?: Readonly<Record<string, string>>
  /** Holds the reply back until this settles: a test uses it to see output streamed before the next page. */
  readonly after?: Promise<unknown>
}

export interface ListCall {
  readonly path: string
  readonly query: URLSearchParams
  readonly authorization: string | undefined
}

export interface ArmApiServer {
  /** https://127.0.0.1:port, for --api-endpoint. */
  readonly url: string
  /** The environment that makes DefaultAzureCredential use the loopback identity endpoint and trust the server. */
  readonly environment: NodeJS.ProcessEnv
  readonly listCalls: ListCall[]
  readonly tokenRequests: URLSearchParams[]
  close(): Promise<void>
}

/** A page of events; `nextPage` names the skip token of the page after it. */
export function eventsPage(server: { url: string }, events: readonly unknown[], nextPage?: string): ApiReply {
  const body: Record<string, unknown> = { value: events }
  if (nextPage !== undefined)
    body.nextLink = `${server.url}${LIST_PATH}?api-version=2015-04-01&%24skipToken=${nextPage}`
  return { status: 200, body }
}

export function armError(
  status: number,
  code: string,
  message: string,
  retryAfterSeconds?: number,
): ApiReply {
  return {
    status,
    body: { error: { code, message } },
    headers: retryAfterSeconds === undefined ? undefined : { 'retry-after': String(retryAfterSeconds) },
  }
}

function send(response: ServerResponse, reply: ApiReply): void {
  sendArmJson(response, reply.status, reply.body, reply.headers)
}

/** Starts both servers; a list call past the script fails the test loudly. */
export async function startArmApi(
  replies: (server: { url: string }) => readonly ApiReply[],
): Promise<ArmApiServer> {
  const listCalls: ListCall[] = []
  let scripted: readonly ApiReply[] = []
  const loopback = await startAzureLoopback(async (request, response, url) => {
    if (request.method !== 'GET' || url.pathname !== LIST_PATH) {
      send(response, armError(404, 'NotFound', `unexpected ${request.method} ${url.pathname}`))
      return
    }
    listCalls.push({
      path: url.pathname,
      query: url.searchParams,
      authorization: request.headers.authorization,
    })
    const reply =
      scripted[listCalls.length - 1] ?? armError(500, 'InternalServerError', 'the test scripted no reply')
    if (reply.after !== undefined) await reply.after
    send(response, reply)
  })
  scripted = replies({ url: loopback.url })
  return { ...loopback, listCalls }
}

/**
 * Loopback servers that play the two Azure endpoints a live pull talks to: an App Service managed identity
 * endpoint (plain HTTP on loopback, as App Service runs it; IDENTITY_ENDPOINT and IDENTITY_HEADER point
 * DefaultAzureCredential at it), and the Resource Manager REST API's Activity Logs - List, served over
 * HTTPS because the SDK sends a bearer token over TLS only. Its certificate is made for this run by
 * openssl and trusted by the skill through NODE_EXTRA_CA_CERTS. Each list call gets the next scripted
 * reply; continuation pages are reached through nextLink, as the real API returns them.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const ACCESS_TOKEN = 'loopback-test-token'
export const IDENTITY_HEADER = 'loopback-identity-header'
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
  const payload = JSON.stringify(reply.body)
  response.writeHead(reply.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
    'x-ms-request-id': 'loopback-request',
    ...reply.headers,
  })
  response.end(payload)
}

/** A throwaway certificate for 127.0.0.1, valid for a day. */
function makeCertificate(): { key: Buffer; cert: Buffer; certFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'arm-tls-'))
  const keyFile = join(dir, 'key.pem')
  const certFile = join(dir, 'cert.pem')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  )
  return { key: readFileSync(keyFile), cert: readFileSync(certFile), certFile }
}

async function listen(server: ReturnType<typeof createHttpServer>): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}

function closeServer(server: ReturnType<typeof createHttpServer>): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections()
    server.close(() => resolve())
  })
}

/** Starts both servers; a list call past the script fails the test loudly. */
export async function startArmApi(
  replies: (server: { url: string }) => readonly ApiReply[],
): Promise<ArmApiServer> {
  const listCalls: ListCall[] = []
  const tokenRequests: URLSearchParams[] = []
  const tls = makeCertificate()
  const identity = createHttpServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    if (request.headers['x-identity-header'] !== IDENTITY_HEADER) {
      send(response, armError(401, 'Unauthorized', 'missing X-IDENTITY-HEADER'))
      return
    }
    tokenRequests.push(url.searchParams)
    const expiresOn = String(Math.floor(Date.now() / 1000) + 3600)
    send(response, {
      status: 200,
      body: {
        access_token: ACCESS_TOKEN,
        expires_on: expiresOn,
        resource: url.searchParams.get('resource'),
        token_type: 'Bearer',
      },
    })
  })
  let scripted: readonly ApiReply[] = []
  const arm = createHttpsServer({ key: tls.key, cert: tls.cert }, async (request, response) => {
    const url = new URL(request.url ?? '/', 'https://127.0.0.1')
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
  const identityPort = await listen(identity)
  const armPort = await listen(arm)
  const url = `https://127.0.0.1:${armPort}`
  scripted = replies({ url })
  return {
    url,
    environment: {
      IDENTITY_ENDPOINT: `http://127.0.0.1:${identityPort}/msi/token`,
      IDENTITY_HEADER,
      NODE_EXTRA_CA_CERTS: tls.certFile,
    },
    listCalls,
    tokenRequests,
    close: async () => {
      await closeServer(arm)
      await closeServer(identity)
    },
  }
}

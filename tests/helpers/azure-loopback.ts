/**
 * The two loopback endpoints an Azure SDK client talks to in tests: an App Service managed identity
 * endpoint (plain HTTP on loopback, as App Service runs it; IDENTITY_ENDPOINT and IDENTITY_HEADER point
 * DefaultAzureCredential at it), and a Resource Manager stand-in served over HTTPS, because the SDK sends
 * a bearer token over TLS only. Its certificate is made for this run by openssl and trusted by the skill
 * through NODE_EXTRA_CA_CERTS.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const AZURE_ACCESS_TOKEN = 'loopback-test-token'
export const IDENTITY_HEADER = 'loopback-identity-header'

export interface AzureLoopback {
  /** https://127.0.0.1:port: the Resource Manager stand-in. */
  readonly url: string
  /** The environment that makes DefaultAzureCredential use the loopback identity endpoint and trust the server. */
  readonly environment: NodeJS.ProcessEnv
  readonly tokenRequests: URLSearchParams[]
  close(): Promise<void>
}

/**
 * An environment where DefaultAzureCredential finds nothing but what the test adds (a loopback's
 * `environment`): no Azure CLI on the PATH, a fresh HOME and Azure config folder.
 */
export function azureEnvironment(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const home = mkdtempSync(join(tmpdir(), 'azure-home-'))
  return { PATH: '/nonexistent', HOME: home, AZURE_CONFIG_DIR: join(home, 'azure'), ...extra }
}

/** Writes a JSON body with the headers Resource Manager sends. */
export function sendArmJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  const payload = JSON.stringify(body)
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
    'x-ms-request-id': 'loopback-request',
    ...headers,
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

/** Starts both endpoints; every Resource Manager request goes to `handle`. */
export async function startAzureLoopback(
  handle: (request: IncomingMessage, response: ServerResponse, url: URL) => void | Promise<void>,
): Promise<AzureLoopback> {
  const tokenRequests: URLSearchParams[] = []
  const tls = makeCertificate()
  const identity = createHttpServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    if (request.headers['x-identity-header'] !== IDENTITY_HEADER) {
      sendArmJson(response, 401, { error: { code: 'Unauthorized', message: 'missing X-IDENTITY-HEADER' } })
      return
    }
    tokenRequests.push(url.searchParams)
    sendArmJson(response, 200, {
      access_token: AZURE_ACCESS_TOKEN,
      expires_on: String(Math.floor(Date.now() / 1000) + 3600),
      resource: url.searchParams.get('resource'),
      token_type: 'Bearer',
    })
  })
  const arm = createHttpsServer({ key: tls.key, cert: tls.cert }, (request, response) => {
    void handle(request, response, new URL(request.url ?? '/', 'https://127.0.0.1'))
  })
  const identityPort = await listen(identity)
  const armPort = await listen(arm)
  return {
    url: `https://127.0.0.1:${armPort}`,
    environment: {
      IDENTITY_ENDPOINT: `http://127.0.0.1:${identityPort}/msi/token`,
      IDENTITY_HEADER,
      NODE_EXTRA_CA_CERTS: tls.certFile,
    },
    tokenRequests,
    close: async () => {
      await closeServer(arm)
      await closeServer(identity)
    },
  }
}

/**
 * A loopback Kubernetes API server for tests of live posture collection: HTTP on 127.0.0.1 serving
 * cluster-wide list calls, built-in and custom resources alike, as the real one does (`limit` and `continue`
 * pagination, Status objects for errors, Retry-After on 429), and recording every request so tests can
 * prove a skill only lists, and only what its documented ClusterRole allows.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { parseDocument } from 'yaml'

export interface RecordedRequest {
  readonly method: string
  readonly path: string
  readonly limit: string | null
  readonly continueToken: string | null
  readonly authorization: string | undefined
}

export interface FakeKubeApiOptions {
  /** Items per list path, e.g. `/api/v1/pods` or `/apis/serving.kserve.io/v1beta1/inferenceservices`. Others answer 404. */
  readonly lists: Readonly<Record<string, readonly object[]>>
  /** Paths answered with 403 Forbidden. */
  readonly forbidden?: readonly string[]
  /** Paths whose first request is answered with 429 and Retry-After: 0. */
  readonly throttledOnce?: readonly string[]
  /** The server pages at this size whatever `limit` asks, as servers may. */
  readonly pageSize: number
  readonly token: string
}

export interface FakeKubeApi {
  readonly url: string
  readonly requests: RecordedRequest[]
  close(): Promise<void>
}

function status(response: ServerResponse, code: number, reason: string, message: string): void {
  response.writeHead(code, { 'content-type': 'application/json' })
  response.end(
    JSON.stringify({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message,
      reason,
      code,
    }),
  )
}

export async function startFakeKubeApi(options: FakeKubeApiOptions): Promise<FakeKubeApi> {
  const requests: RecordedRequest[] = []
  const throttled = new Set(options.throttledOnce ?? [])
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    requests.push({
      method: request.method ?? '',
      path: url.pathname,
      limit: url.searchParams.get('limit'),
      continueToken: url.searchParams.get('continue'),
      authorization: request.headers.authorization,
    })
    if (request.headers.authorization !== `Bearer ${options.token}`) {
      status(response, 401, 'Unauthorized', 'Unauthorized')
      return
    }
    if (request.method !== 'GET') {
      status(response, 405, 'MethodNotAllowed', `${request.method} is not served here`)
      return
    }
    if (throttled.delete(url.pathname)) {
      response.setHeader('retry-after', '0')
      status(
        response,
        429,
        'TooManyRequests',
        'the server has received too many requests and has asked us to try again later',
      )
      return
    }
    const resource = url.pathname.split('/').pop() ?? ''
    if (options.forbidden?.includes(url.pathname)) {
      status(
        response,
        403,
        'Forbidden',
        `${resource} is forbidden: User "system:serviceaccount:audit:reader" cannot list resource "${resource}" at the cluster scope`,
      )
      return
    }
    const items = options.lists[url.pathname]
    if (items === undefined) {
      status(response, 404, 'NotFound', 'the server could not find the requested resource')
      return
    }
    const start = Number(url.searchParams.get('continue') ?? '0')
    const end = start + options.pageSize
    const metadata =
      end < items.length ? { resourceVersion: '1000', continue: String(end) } : { resourceVersion: '1000' }
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(JSON.stringify({ kind: 'List', apiVersion: 'v1', metadata, items: items.slice(start, end) }))
  }
  const server: Server = createServer(handle)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}

/**
 * A kubeconfig pointing at the fake server with a bearer token, as `kubectl config view --raw` writes one.
 * The client speaks plain HTTP only with insecure-skip-tls-verify set, which a loopback test server needs.
 */
export function kubeconfigFor(url: string, token: string): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '  - name: loopback',
    `    cluster: {server: "${url}", insecure-skip-tls-verify: true}`,
    'users:',
    '  - name: auditor',
    `    user: {token: "${token}"}`,
    'contexts:',
    '  - name: loopback-audit',
    '    context: {cluster: loopback, user: auditor}',
    'current-context: loopback-audit',
    '',
  ].join('\n')
}

/** A read-only ClusterRole as REFERENCES.md documents it. */
export interface DocumentedRole {
  readonly kind: string
  readonly rules: ReadonlyArray<{ apiGroups: string[]; resources: string[]; verbs: string[] }>
}

/** The ClusterRole in a skill's REFERENCES.md: the first ```yaml block. */
export function documentedRole(references: string): DocumentedRole {
  const block = /```yaml\n([\s\S]*?)```/.exec(references)?.[1] ?? ''
  return parseDocument(block).toJS() as DocumentedRole
}

/** The list paths a ClusterRole allows, given the API version each group and resource is served at. */
export function listPathsOf(
  role: DocumentedRole,
  versionOf: (group: string, resource: string) => string,
): Set<string> {
  const paths = new Set<string>()
  for (const rule of role.rules) {
    for (const group of rule.apiGroups) {
      for (const resource of rule.resources) {
        const version = versionOf(group, resource)
        paths.add(group === '' ? `/api/${version}/${resource}` : `/apis/${group}/${version}/${resource}`)
      }
    }
  }
  return paths
}

/**
 * A loopback server that plays the Google Cloud REST APIs the collector reads, over one project held in
 * memory: Resource Manager getIamPolicy, IAM serviceAccounts.list and keys.list, Cloud Storage buckets.list
 * and getIamPolicy, Compute firewalls.list and subnetworks.aggregatedList. Lists come two items a page with
 * nextPageToken; errors are Google's JSON error bodies; every request is recorded with the REST method it
 * maps to. The metadata server for application default credentials is on the same port.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { answerMetadata, isMetadataRequest } from '../../../../../tests/helpers/google-metadata.ts'

/** Items a list page holds: small, so every list in the fixtures spans pages. */
const PAGE_SIZE = 2

export interface FakeProject {
  readonly projectId: string
  readonly policy: { bindings: unknown[] }
  readonly serviceAccounts: ReadonlyArray<{ email: string; uniqueId: string; keys: unknown[] }>
  readonly buckets: ReadonlyArray<{ resource: Record<string, unknown>; policy: { bindings: unknown[] } }>
  readonly firewalls: readonly unknown[]
  /** aggregatedList scopes, e.g. "regions/us-central1": { subnetworks: [...] } or { warning: ... }. */
  readonly subnetworks: Readonly<Record<string, unknown>>
}

/** A scripted failure: `times` replies (default: every one) to calls of `method` whose path contains `path`. */
export interface Fault {
  readonly method: string
  readonly path?: string
  readonly status: number
  /** google.rpc status, e.g. PERMISSION_DENIED. */
  readonly rpcStatus: string
  readonly reason?: string
  readonly times?: number
}

export interface RecordedCall {
  readonly httpMethod: string
  readonly path: string
  /** The REST method the request maps to, e.g. "storage.buckets.list"; "unknown" for anything else. */
  readonly method: string
  readonly authorization: string | undefined
}

export interface FakeGoogle {
  /** http://host:port, for --api-endpoint. */
  readonly url: string
  /** host:port, for GCE_METADATA_HOST. */
  readonly host: string
  readonly calls: RecordedCall[]
  close(): Promise<void>
}

interface Route {
  readonly method: string
  readonly answer: (match: RegExpExecArray, query: URLSearchParams) => unknown
}

function page(items: readonly unknown[], key: string, query: URLSearchParams): Record<string, unknown> {
  const start = Number(query.get('pageToken') ?? '0')
  const body: Record<string, unknown> = { [key]: items.slice(start, start + PAGE_SIZE) }
  if (start + PAGE_SIZE < items.length) body.nextPageToken = String(start + PAGE_SIZE)
  return body
}

function routes(project: FakeProject): Array<[string, RegExp, Route]> {
  const p = project.projectId
  const scopes = Object.entries(project.subnetworks)
  return [
    [
      'POST',
      new RegExp(`^/v1/projects/${p}:getIamPolicy$`),
      {
        method: 'cloudresourcemanager.projects.getIamPolicy',
        answer: () => ({ version: 3, etag: 'BwXloopback=', ...project.policy }),
      },
    ],
    [
      'GET',
      new RegExp(`^/v1/projects/${p}/serviceAccounts$`),
      {
        method: 'iam.projects.serviceAccounts.list',
        answer: (_match, query) =>
          page(
            project.serviceAccounts.map(({ email, uniqueId }) => ({
              name: `projects/${p}/serviceAccounts/${email}`,
              projectId: p,
              email,
              uniqueId,
            })),
            'accounts',
            query,
          ),
      },
    ],
    [
      'GET',
      new RegExp(`^/v1/projects/${p}/serviceAccounts/([^/]+)/keys$`),
      {
        method: 'iam.projects.serviceAccounts.keys.list',
        answer: (match, query) => {
          if (query.get('keyTypes') !== 'USER_MANAGED')
            throw new Error('keys.list without keyTypes=USER_MANAGED')
          const email = decodeURIComponent(match[1] ?? '')
          const account = project.serviceAccounts.find((candidate) => candidate.email === email)
          return account === undefined ? undefined : { keys: account.keys }
        },
      },
    ],
    [
      'GET',
      /^\/storage\/v1\/b$/,
      {
        method: 'storage.buckets.list',
        answer: (_match, query) =>
          query.get('project') === p
            ? {
                kind: 'storage#buckets',
                ...page(
                  project.buckets.map((bucket) => bucket.resource),
                  'items',
                  query,
                ),
              }
            : undefined,
      },
    ],
    [
      'GET',
      /^\/storage\/v1\/b\/([^/]+)\/iam$/,
      {
        method: 'storage.buckets.getIamPolicy',
        answer: (match) => {
          const bucket = project.buckets.find(
            (candidate) => candidate.resource.name === decodeURIComponent(match[1] ?? ''),
          )
          return bucket === undefined ? undefined : { kind: 'storage#policy', version: 1, ...bucket.policy }
        },
      },
    ],
    [
      'GET',
      new RegExp(`^/compute/v1/projects/${p}/global/firewalls$`),
      {
        method: 'compute.firewalls.list',
        answer: (_match, query) => page(project.firewalls, 'items', query),
      },
    ],
    [
      'GET',
      new RegExp(`^/compute/v1/projects/${p}/aggregated/subnetworks$`),
      {
        method: 'compute.subnetworks.aggregatedList',
        answer: (_match, query) => {
          const listed = page(scopes, 'items', query)
          return { ...listed, items: Object.fromEntries(listed.items as Array<[string, unknown]>) }
        },
      },
    ],
  ]
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body)
  response.writeHead(status, {
    'content-type': 'application/json; charset=UTF-8',
    'content-length': Buffer.byteLength(payload),
  })
  response.end(payload)
}

/** Google's error body: google.rpc.Status with an ErrorInfo reason, and the JSON API's errors[] list too. */
function googleError(fault: Pick<Fault, 'status' | 'rpcStatus' | 'reason'>, message: string) {
  const reason = fault.reason ?? fault.rpcStatus
  return {
    error: {
      code: fault.status,
      message,
      status: fault.rpcStatus,
      errors: [{ message, domain: 'global', reason }],
      details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason, domain: 'googleapis.com' }],
    },
  }
}

export async function startFakeGoogle(
  project: FakeProject,
  faults: readonly Fault[] = [],
): Promise<FakeGoogle> {
  const calls: RecordedCall[] = []
  const tokens = { tokenRequests: 0 }
  const used = new Map<Fault, number>()
  const table = routes(project)
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    request.resume()
    if (isMetadataRequest(request)) {
      answerMetadata(request, response, tokens)
      return
    }
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const found = table.find(
      ([httpMethod, pattern]) => httpMethod === request.method && pattern.test(url.pathname),
    )
    const method = found?.[2].method ?? 'unknown'
    calls.push({
      httpMethod: request.method ?? '',
      path: url.pathname,
      method,
      authorization: request.headers.authorization,
    })
    if (found === undefined) {
      send(
        response,
        404,
        googleError({ status: 404, rpcStatus: 'NOT_FOUND' }, `unexpected ${request.method} ${url.pathname}`),
      )
      return
    }
    const fault = faults.find(
      (candidate) =>
        candidate.method === method &&
        (candidate.path === undefined || url.pathname.includes(candidate.path)) &&
        (candidate.times === undefined || (used.get(candidate) ?? 0) < candidate.times),
    )
    if (fault !== undefined) {
      used.set(fault, (used.get(fault) ?? 0) + 1)
      send(response, fault.status, googleError(fault, `${fault.rpcStatus} on ${method}`))
      return
    }
    const [, pattern, route] = found
    const body = route.answer(pattern.exec(url.pathname) as RegExpExecArray, url.searchParams)
    if (body === undefined)
      send(response, 404, googleError({ status: 404, rpcStatus: 'NOT_FOUND' }, `${url.pathname} not found`))
    else send(response, 200, body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/**
 * A loopback server that plays the Google endpoints a GCP inventory talks to: the Compute Engine metadata
 * server (application default credentials get their token there), and the IAM, Resource Manager, Cloud
 * Storage, Compute Engine and Cloud Functions REST APIs on one port, as --endpoint-url sends them. Lists
 * answer two items a page with nextPageToken; a path the test denies answers 403 PERMISSION_DENIED as
 * google.rpc.Status JSON.
 */
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { answerMetadata } from '../../../../../tests/helpers/google-metadata.ts'

export const PROJECT = 'example-prod-123'
const PAGE_SIZE = 2

export interface GcpCall {
  readonly method: string
  readonly path: string
  readonly authorization: string | undefined
}

export interface FakeGcp {
  /** host:port, for GCE_METADATA_HOST. */
  readonly host: string
  readonly url: string
  readonly calls: GcpCall[]
  close(): Promise<void>
}

const COMPUTE = `https://www.googleapis.com/compute/v1/projects/${PROJECT}`
const NETWORK = `${COMPUTE}/global/networks/prod`

const SERVICE_ACCOUNTS = ['web-runner', 'etl-runner', 'ci-deployer'].map((name) => ({
  email: `${name}@${PROJECT}.iam.gserviceaccount.com`,
  displayName: name,
}))

const KEYS: Readonly<Record<string, unknown[]>> = {
  [`ci-deployer@${PROJECT}.iam.gserviceaccount.com`]: [
    {
      name: `projects/${PROJECT}/serviceAccounts/ci-deployer@${PROJECT}.iam.gserviceaccount.com/keys/0a1b2c3d4e5f`,
      keyType: 'USER_MANAGED',
    },
  ],
}

const POLICY = {
  version: 3,
  bindings: [
    { role: 'roles/owner', members: ['user:admin@example.com'] },
    {
      role: 'roles/viewer',
      members: ['serviceAccount:auditor@partner-project-9.iam.gserviceaccount.com', 'allAuthenticatedUsers'],
    },
    {
      role: 'roles/storage.objectViewer',
      members: [`serviceAccount:web-runner@${PROJECT}.iam.gserviceaccount.com`],
    },
  ],
}

const BUCKETS = [
  { name: 'example-public-site', location: 'EU' },
  { name: 'example-private-data', location: 'EU' },
]

const BUCKET_POLICIES: Readonly<Record<string, unknown>> = {
  'example-public-site': { bindings: [{ role: 'roles/storage.objectViewer', members: ['allUsers'] }] },
  'example-private-data': {
    bindings: [{ role: 'roles/storage.admin', members: ['user:admin@example.com'] }],
  },
}

const FIREWALLS = [
  {
    name: 'allow-ssh',
    selfLink: `${COMPUTE}/global/firewalls/allow-ssh`,
    network: NETWORK,
    direction: 'INGRESS',
    sourceRanges: ['0.0.0.0/0'],
    allowed: [{ IPProtocol: 'tcp', ports: ['22'] }],
    targetTags: ['bastion'],
  },
  {
    name: 'allow-internal',
    selfLink: `${COMPUTE}/global/firewalls/allow-internal`,
    network: NETWORK,
    direction: 'INGRESS',
    sourceRanges: ['10.128.0.0/9'],
    allowed: [{ IPProtocol: 'all' }],
  },
  {
    name: 'deny-egress',
    selfLink: `${COMPUTE}/global/firewalls/deny-egress`,
    network: NETWORK,
    direction: 'EGRESS',
    destinationRanges: ['0.0.0.0/0'],
    denied: [{ IPProtocol: 'all' }],
  },
]

function instance(name: string, zone: string, tags: string[], account: string, natIP?: string) {
  return {
    name,
    selfLink: `${COMPUTE}/zones/${zone}/instances/${name}`,
    zone: `${COMPUTE}/zones/${zone}`,
    tags: { items: tags },
    networkInterfaces: [
      {
        network: NETWORK,
        subnetwork: `${COMPUTE}/regions/europe-west1/subnetworks/prod-eu`,
        accessConfigs: natIP === undefined ? [] : [{ natIP }],
      },
    ],
    serviceAccounts: [{ email: `${account}@${PROJECT}.iam.gserviceaccount.com` }],
  }
}

/** Aggregated pages, each keyed by scope, as the Compute API returns them. */
const INSTANCE_PAGES = [
  {
    'zones/europe-west1-b': {
      instances: [instance('bastion-1', 'europe-west1-b', ['bastion'], 'web-runner', '198.51.100.7')],
    },
  },
  {
    'zones/europe-west1-c': { instances: [instance('etl-1', 'europe-west1-c', [], 'etl-runner')] },
    'zones/us-east1-b': { warning: { code: 'NO_RESULTS_ON_PAGE' } },
  },
]

const FUNCTIONS = [
  {
    name: `projects/${PROJECT}/locations/europe-west1/functions/resize`,
    serviceConfig: { serviceAccountEmail: `web-runner@${PROJECT}.iam.gserviceaccount.com` },
  },
]

function send(response: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body)
  response.writeHead(status, {
    'content-type': 'application/json; charset=UTF-8',
    'content-length': Buffer.byteLength(payload),
  })
  response.end(payload)
}

function page(items: readonly unknown[], key: string, url: URL): unknown {
  const start = Number(url.searchParams.get('pageToken') ?? '0')
  const next = start + PAGE_SIZE < items.length ? String(start + PAGE_SIZE) : undefined
  return {
    [key]: items.slice(start, start + PAGE_SIZE),
    ...(next === undefined ? {} : { nextPageToken: next }),
  }
}

function reply(method: string, url: URL): [number, unknown] {
  const path = url.pathname
  const base = `/compute/v1/projects/${PROJECT}`
  if (method === 'GET' && path === `/v1/projects/${PROJECT}/serviceAccounts`)
    return [200, page(SERVICE_ACCOUNTS, 'accounts', url)]
  const keys = new RegExp(`^/v1/projects/${PROJECT}/serviceAccounts/([^/]+)/keys$`).exec(path)
  if (method === 'GET' && keys !== null && url.searchParams.get('keyTypes') === 'USER_MANAGED')
    return [200, { keys: KEYS[decodeURIComponent(keys[1] ?? '')] ?? [] }]
  if (method === 'POST' && path === `/v1/projects/${PROJECT}:getIamPolicy`) return [200, POLICY]
  if (method === 'GET' && path === '/storage/v1/b' && url.searchParams.get('project') === PROJECT)
    return [200, { kind: 'storage#buckets', items: BUCKETS }]
  const bucketIam = /^\/storage\/v1\/b\/([^/]+)\/iam$/.exec(path)
  if (method === 'GET' && bucketIam !== null) return [200, BUCKET_POLICIES[bucketIam[1] ?? ''] ?? {}]
  if (method === 'GET' && path === `${base}/global/networks`)
    return [200, { items: [{ name: 'prod', selfLink: NETWORK }] }]
  if (method === 'GET' && path === `${base}/aggregated/subnetworks`)
    return [
      200,
      {
        items: {
          'regions/europe-west1': {
            subnetworks: [
              {
                name: 'prod-eu',
                selfLink: `${COMPUTE}/regions/europe-west1/subnetworks/prod-eu`,
                network: NETWORK,
                region: `${COMPUTE}/regions/europe-west1`,
              },
            ],
          },
        },
      },
    ]
  if (method === 'GET' && path === `${base}/global/firewalls`) return [200, { items: FIREWALLS }]
  if (method === 'GET' && path === `${base}/aggregated/instances`) {
    const index = Number(url.searchParams.get('pageToken') ?? '0')
    return [
      200,
      {
        items: INSTANCE_PAGES[index],
        ...(index + 1 < INSTANCE_PAGES.length ? { nextPageToken: String(index + 1) } : {}),
      },
    ]
  }
  if (method === 'GET' && path === `/v2/projects/${PROJECT}/locations/-/functions`)
    return [200, { functions: FUNCTIONS }]
  return [404, { error: { code: 404, message: `unexpected ${method} ${path}`, status: 'NOT_FOUND' } }]
}

/** Starts the server; `denied` paths answer 403 PERMISSION_DENIED. */
export async function startFakeGcp(denied: readonly string[] = []): Promise<FakeGcp> {
  const calls: GcpCall[] = []
  const metadata = { tokenRequests: 0 }
  const server = createServer((request, response) => {
    request.resume()
    request.on('end', () => {
      if ((request.url ?? '').startsWith('/computeMetadata/')) {
        answerMetadata(request, response, metadata)
        return
      }
      const url = new URL(request.url ?? '/', 'http://127.0.0.1')
      const method = request.method ?? 'GET'
      calls.push({ method, path: url.pathname, authorization: request.headers.authorization })
      if (denied.includes(url.pathname)) {
        send(response, 403, {
          error: {
            code: 403,
            message: `Permission denied on resource project ${PROJECT}.`,
            status: 'PERMISSION_DENIED',
          },
        })
        return
      }
      const [status, body] = reply(method, url)
      send(response, status, body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

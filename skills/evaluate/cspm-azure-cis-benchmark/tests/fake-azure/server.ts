/**
 * A loopback Resource Manager (over HTTPS, with a loopback managed-identity endpoint, from
 * tests/helpers/azure-loopback.ts) serving one subscription held in memory: Storage Accounts - List,
 * Network Security Groups - List All, Network Watchers - List All and Flow Logs - List. Lists come two
 * items a page with nextLink, errors are Resource Manager's JSON error bodies, and every request is recorded
 * with the operation it maps to.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  type AzureLoopback,
  sendArmJson,
  startAzureLoopback,
} from '../../../../../tests/helpers/azure-loopback.ts'

const PAGE_SIZE = 2

export interface FakeSubscription {
  readonly subscriptionId: string
  readonly storageAccounts: readonly unknown[]
  readonly networkSecurityGroups: readonly unknown[]
  readonly networkWatchers: ReadonlyArray<{ resource: { id: string; name: string }; flowLogs: unknown[] }>
}

/** A scripted failure: `times` replies (default: every one) to `operation` calls whose path contains `path`. */
export interface Fault {
  readonly operation: string
  readonly path?: string
  readonly status: number
  readonly code: string
  readonly times?: number
}

export interface RecordedCall {
  readonly method: string
  readonly path: string
  readonly apiVersion: string | null
  readonly operation: string
  readonly authorization: string | undefined
}

export interface FakeAzure extends AzureLoopback {
  readonly calls: RecordedCall[]
}

interface Route {
  readonly operation: string
  readonly pattern: RegExp
  readonly items: (match: RegExpExecArray) => readonly unknown[] | undefined
}

function routesOf(subscription: FakeSubscription): Route[] {
  const prefix = `^/subscriptions/${subscription.subscriptionId}`
  return [
    {
      operation: 'Storage Accounts - List',
      pattern: new RegExp(`${prefix}/providers/Microsoft.Storage/storageAccounts$`, 'i'),
      items: () => subscription.storageAccounts,
    },
    {
      operation: 'Network Security Groups - List All',
      pattern: new RegExp(`${prefix}/providers/Microsoft.Network/networkSecurityGroups$`, 'i'),
      items: () => subscription.networkSecurityGroups,
    },
    {
      operation: 'Network Watchers - List All',
      pattern: new RegExp(`${prefix}/providers/Microsoft.Network/networkWatchers$`, 'i'),
      items: () => subscription.networkWatchers.map((watcher) => watcher.resource),
    },
    {
      operation: 'Flow Logs - List',
      pattern: new RegExp(
        `${prefix}/resourceGroups/[^/]+/providers/Microsoft.Network/networkWatchers/([^/]+)/flowLogs$`,
        'i',
      ),
      items: (match) =>
        subscription.networkWatchers.find((watcher) => watcher.resource.name === match[1])?.flowLogs,
    },
  ]
}

export async function startFakeAzure(
  subscription: FakeSubscription,
  faults: readonly Fault[] = [],
): Promise<FakeAzure> {
  const calls: RecordedCall[] = []
  const used = new Map<Fault, number>()
  const routes = routesOf(subscription)
  let base = ''
  const handle = (request: IncomingMessage, response: ServerResponse, url: URL) => {
    request.resume()
    const route =
      request.method === 'GET' ? routes.find((candidate) => candidate.pattern.test(url.pathname)) : undefined
    calls.push({
      method: request.method ?? '',
      path: url.pathname,
      apiVersion: url.searchParams.get('api-version'),
      operation: route?.operation ?? 'unknown',
      authorization: request.headers.authorization,
    })
    if (route === undefined) {
      sendArmJson(response, 404, {
        error: { code: 'NotFound', message: `unexpected ${request.method} ${url.pathname}` },
      })
      return
    }
    const fault = faults.find(
      (candidate) =>
        candidate.operation === route.operation &&
        (candidate.path === undefined || url.pathname.includes(candidate.path)) &&
        (candidate.times === undefined || (used.get(candidate) ?? 0) < candidate.times),
    )
    if (fault !== undefined) {
      used.set(fault, (used.get(fault) ?? 0) + 1)
      // Resource Manager tells a throttled client how long to wait; a short wait keeps the tests quick.
      const headers = fault.status === 429 ? { 'retry-after-ms': '20' } : undefined
      sendArmJson(
        response,
        fault.status,
        { error: { code: fault.code, message: `${fault.code} on ${route.operation}` } },
        headers,
      )
      return
    }
    const items = route.items(route.pattern.exec(url.pathname) as RegExpExecArray)
    if (items === undefined) {
      sendArmJson(response, 404, {
        error: { code: 'ResourceNotFound', message: `${url.pathname} not found` },
      })
      return
    }
    const start = Number(url.searchParams.get('$skiptoken') ?? '0')
    const body: Record<string, unknown> = { value: items.slice(start, start + PAGE_SIZE) }
    if (start + PAGE_SIZE < items.length) {
      const next = new URL(`${base}${url.pathname}`)
      next.searchParams.set('api-version', url.searchParams.get('api-version') ?? '')
      next.searchParams.set('$skiptoken', String(start + PAGE_SIZE))
      body.nextLink = next.toString()
    }
    sendArmJson(response, 200, body)
  }
  const loopback = await startAzureLoopback(handle)
  base = loopback.url
  return Object.assign(loopback, { calls })
}

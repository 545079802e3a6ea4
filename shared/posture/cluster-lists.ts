/**
 * Cluster-wide list calls through @kubernetes/client-node and the user's kubeconfig, a page at a time, for
 * posture skills that read a live cluster. The client is imported only when a skill connects, so file mode
 * never loads it. A list the API server forbids becomes a section error (its controls report Unknown); a
 * custom resource the server does not serve means its CRD is not installed, so there are none of it.
 */
import type { KubeConfig } from '@kubernetes/client-node'
import { ServiceError, UsageError } from '../errors/index.ts'
import { scrubSecrets } from '../io/index.ts'
import { asArray, asObject, asString, type JsonObject, path } from '../json/index.ts'
import type { ResourceDetails } from '../ocsf/index.ts'
import type { Progress } from './progress.ts'

export interface ClusterOptions {
  /** A kubeconfig file; otherwise $KUBECONFIG, ~/.kube/config, or the in-cluster service account. */
  readonly kubeconfig?: string
  readonly context?: string
}

export const PAGE_SIZE = 500
const MAX_ATTEMPTS = 4
const MAX_RETRY_DELAY_MS = 10_000
const RETRIED_STATUSES = new Set([429, 500, 502, 503, 504])

export interface PageRequest {
  readonly limit: number
  readonly _continue?: string
}

export interface Page {
  readonly items: readonly unknown[]
  readonly continueToken?: string
}

/** One list call: the section it fills (the resource's plural, as RBAC names it) and the kind of its items. */
export interface ListCall {
  readonly section: string
  /** The API group, "" for the core group. */
  readonly group: string
  readonly kind: string
  readonly apiVersion: string
  /** A custom resource: a 404 means its CRD is not installed, which is an answer (none), not a failure. */
  readonly custom?: boolean
  list(request: PageRequest): Promise<Page>
}

/** A list call of a built-in resource. */
export function listCall(
  section: string,
  group: string,
  kind: string,
  apiVersion: string,
  list: ListCall['list'],
): ListCall {
  return { section, group, kind, apiVersion, list }
}

export type KubernetesClient = typeof import('@kubernetes/client-node')

export interface ClusterConnection {
  readonly k8s: KubernetesClient
  readonly config: KubeConfig
  /** The cluster as a resource: its API server URL and the context's name. */
  readonly scope: ResourceDetails
}

export interface ClusterCollection {
  readonly objects: JsonObject[]
  readonly sectionErrors: Record<string, string>
  /** Custom resources whose CRD the server does not serve, as `plural.group`. */
  readonly notServed: string[]
}

interface ApiFailure {
  readonly code?: unknown
  readonly body?: unknown
  readonly headers?: Record<string, string>
  readonly message?: unknown
}

/** Loads the kubeconfig and its context, then the client: only live runs pay for either. */
export async function connectCluster(options: ClusterOptions): Promise<ClusterConnection> {
  const k8s = await import('@kubernetes/client-node')
  const config = new k8s.KubeConfig()
  if (options.kubeconfig === undefined) config.loadFromDefault()
  else config.loadFromFile(options.kubeconfig)
  if (options.context !== undefined) {
    if (config.getContextObject(options.context) === null)
      throw new UsageError(`--context ${options.context}: no such context in the kubeconfig`)
    config.setCurrentContext(options.context)
  }
  const cluster = config.getCurrentCluster()
  if (cluster === null) throw new UsageError('the kubeconfig names no current cluster: pass --context')
  const scope: ResourceDetails = {
    uid: cluster.server,
    name: config.getCurrentContext() || cluster.name,
    type: 'Kubernetes cluster',
  }
  return { k8s, config, scope }
}

/** A typed list response (`metadata._continue`) as a page. */
export function typedPage(response: { items: readonly unknown[]; metadata?: { _continue?: string } }): Page {
  return { items: response.items, continueToken: response.metadata?._continue || undefined }
}

/** An untyped custom-object list response (`metadata.continue`, as the server sends it) as a page. */
export function customPage(response: unknown): Page {
  return {
    items: asArray(path(response, 'items')) ?? [],
    continueToken: asString(path(response, 'metadata', 'continue')),
  }
}

/** The API server's Status message, from the body of a failed call, scrubbed and on one line. */
function statusMessage(error: ApiFailure): string {
  let body = error.body
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body)
    } catch {
      body = undefined
    }
  }
  const message = asString(asObject(body)?.message) ?? asString(error.message) ?? 'no message'
  return scrubSecrets(message).split('\n')[0] ?? ''
}

function retryDelayMs(error: ApiFailure, attempt: number): number {
  const header = Number(error.headers?.['retry-after'])
  return Number.isFinite(header) && header >= 0 ? Math.min(header * 1000, MAX_RETRY_DELAY_MS) : 500 * attempt
}

async function listPage(call: ListCall, request: PageRequest): Promise<Page> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call.list(request)
    } catch (error) {
      const code = (error as ApiFailure).code
      if (typeof code !== 'number' || !RETRIED_STATUSES.has(code) || attempt >= MAX_ATTEMPTS) throw error
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs(error as ApiFailure, attempt)))
    }
  }
}

async function listAll(call: ListCall, progress: Progress): Promise<JsonObject[]> {
  const objects: JsonObject[] = []
  let token: string | undefined
  do {
    progress.step(call.section)
    const page = await listPage(call, { limit: PAGE_SIZE, _continue: token })
    for (const item of page.items) {
      // List items carry no kind; the call says what they are.
      const object = asObject(item)
      if (object !== undefined) objects.push({ ...object, kind: call.kind, apiVersion: call.apiVersion })
    }
    token = page.continueToken
  } while (token !== undefined)
  return objects
}

function permissionOf(call: ListCall): string {
  return `list ${call.section}${call.group === '' ? '' : `.${call.group}`}`
}

/** Every list call in turn; 401 and unreachable servers stop the run, 403 (and 404 of a built-in) fill a section error. */
export async function collectLists(
  calls: readonly ListCall[],
  scope: ResourceDetails,
  progress: Progress,
): Promise<ClusterCollection> {
  const objects: JsonObject[] = []
  const sectionErrors: Record<string, string> = {}
  const notServed: string[] = []
  for (const call of calls) {
    try {
      objects.push(...(await listAll(call, progress)))
    } catch (error) {
      const failure = error as ApiFailure
      if (failure.code === 403) {
        sectionErrors[call.section] =
          `forbidden: the caller needs ${permissionOf(call)} (${statusMessage(failure)})`
      } else if (failure.code === 404 && call.custom === true) {
        notServed.push(`${call.section}.${call.group}`)
      } else if (failure.code === 404) {
        sectionErrors[call.section] = `not served by this API server (${statusMessage(failure)})`
      } else if (failure.code === 401) {
        throw new ServiceError(
          `Kubernetes API ${scope.uid}: not authenticated; check the kubeconfig user's credentials (${statusMessage(failure)})`,
          'Kubernetes API',
          { cause: error },
        )
      } else {
        throw new ServiceError(
          `Kubernetes API ${scope.uid}: ${permissionOf(call)} failed: ${statusMessage(failure)}`,
          'Kubernetes API',
          { cause: error },
        )
      }
    }
  }
  return { objects, sectionErrors, notServed }
}

/**
 * Reads the objects the controls need from a live cluster with @kubernetes/client-node and the user's
 * kubeconfig: list calls only, cluster-wide, a page of 500 at a time. A list the API server forbids
 * becomes a section error, so the controls that need it report Unknown instead of passing.
 */
import { ServiceError, UsageError } from '#shared/errors/index.ts'
import { scrubSecrets } from '#shared/io/index.ts'
import { asObject, asString, type JsonObject } from '#shared/json/index.ts'
import type { ResourceDetails } from '#shared/ocsf/index.ts'
import type { Progress } from '#shared/posture/index.ts'
import type { SourcedObject } from './k8s-object.ts'

export interface ClusterOptions {
  /** A kubeconfig file; otherwise $KUBECONFIG, ~/.kube/config, or the in-cluster service account. */
  readonly kubeconfig?: string
  readonly context?: string
}

export interface ClusterCollection {
  readonly objects: SourcedObject[]
  readonly sectionErrors: Record<string, string>
  readonly scope: ResourceDetails
}

export const PAGE_SIZE = 500
const MAX_ATTEMPTS = 4
const MAX_RETRY_DELAY_MS = 10_000

interface Page {
  readonly items: readonly object[]
  readonly metadata?: { readonly _continue?: string }
}

type PageRequest = { limit: number; _continue?: string }

/** One list call: the section it fills (the resource's plural, as RBAC names it) and the kind of its items. */
interface ListCall {
  readonly section: string
  readonly group: string
  readonly kind: string
  readonly apiVersion: string
  list(request: PageRequest): Promise<Page>
}

interface ApiFailure {
  readonly code?: unknown
  readonly body?: unknown
  readonly headers?: Record<string, string>
  readonly message?: unknown
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

const RETRIED_STATUSES = new Set([429, 500, 502, 503, 504])

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

async function listAll(call: ListCall, progress: Progress): Promise<SourcedObject[]> {
  const objects: SourcedObject[] = []
  let token: string | undefined
  do {
    progress.step(call.section)
    const page = await listPage(call, { limit: PAGE_SIZE, _continue: token })
    for (const item of page.items) {
      // List items carry no kind; the call says what they are.
      const value: JsonObject = { ...(item as JsonObject), kind: call.kind, apiVersion: call.apiVersion }
      objects.push({ value, source: {} })
    }
    token = page.metadata?._continue || undefined
  } while (token !== undefined)
  return objects
}

function permissionOf(call: ListCall): string {
  return `list ${call.section}${call.group === '' ? '' : `.${call.group}`}`
}

async function listCalls(options: ClusterOptions) {
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
  const core = config.makeApiClient(k8s.CoreV1Api)
  const apps = config.makeApiClient(k8s.AppsV1Api)
  const batch = config.makeApiClient(k8s.BatchV1Api)
  const rbac = config.makeApiClient(k8s.RbacAuthorizationV1Api)
  const networking = config.makeApiClient(k8s.NetworkingV1Api)
  const rbacVersion = 'rbac.authorization.k8s.io/v1'
  const calls: ListCall[] = [
    {
      section: 'namespaces',
      group: '',
      kind: 'Namespace',
      apiVersion: 'v1',
      list: (r) => core.listNamespace(r),
    },
    {
      section: 'pods',
      group: '',
      kind: 'Pod',
      apiVersion: 'v1',
      list: (r) => core.listPodForAllNamespaces(r),
    },
    {
      section: 'replicationcontrollers',
      group: '',
      kind: 'ReplicationController',
      apiVersion: 'v1',
      list: (r) => core.listReplicationControllerForAllNamespaces(r),
    },
    {
      section: 'serviceaccounts',
      group: '',
      kind: 'ServiceAccount',
      apiVersion: 'v1',
      list: (r) => core.listServiceAccountForAllNamespaces(r),
    },
    {
      section: 'deployments',
      group: 'apps',
      kind: 'Deployment',
      apiVersion: 'apps/v1',
      list: (r) => apps.listDeploymentForAllNamespaces(r),
    },
    {
      section: 'daemonsets',
      group: 'apps',
      kind: 'DaemonSet',
      apiVersion: 'apps/v1',
      list: (r) => apps.listDaemonSetForAllNamespaces(r),
    },
    {
      section: 'statefulsets',
      group: 'apps',
      kind: 'StatefulSet',
      apiVersion: 'apps/v1',
      list: (r) => apps.listStatefulSetForAllNamespaces(r),
    },
    {
      section: 'replicasets',
      group: 'apps',
      kind: 'ReplicaSet',
      apiVersion: 'apps/v1',
      list: (r) => apps.listReplicaSetForAllNamespaces(r),
    },
    {
      section: 'jobs',
      group: 'batch',
      kind: 'Job',
      apiVersion: 'batch/v1',
      list: (r) => batch.listJobForAllNamespaces(r),
    },
    {
      section: 'cronjobs',
      group: 'batch',
      kind: 'CronJob',
      apiVersion: 'batch/v1',
      list: (r) => batch.listCronJobForAllNamespaces(r),
    },
    {
      section: 'roles',
      group: 'rbac.authorization.k8s.io',
      kind: 'Role',
      apiVersion: rbacVersion,
      list: (r) => rbac.listRoleForAllNamespaces(r),
    },
    {
      section: 'clusterroles',
      group: 'rbac.authorization.k8s.io',
      kind: 'ClusterRole',
      apiVersion: rbacVersion,
      list: (r) => rbac.listClusterRole(r),
    },
    {
      section: 'rolebindings',
      group: 'rbac.authorization.k8s.io',
      kind: 'RoleBinding',
      apiVersion: rbacVersion,
      list: (r) => rbac.listRoleBindingForAllNamespaces(r),
    },
    {
      section: 'clusterrolebindings',
      group: 'rbac.authorization.k8s.io',
      kind: 'ClusterRoleBinding',
      apiVersion: rbacVersion,
      list: (r) => rbac.listClusterRoleBinding(r),
    },
    {
      section: 'networkpolicies',
      group: 'networking.k8s.io',
      kind: 'NetworkPolicy',
      apiVersion: 'networking.k8s.io/v1',
      list: (r) => networking.listNetworkPolicyForAllNamespaces(r),
    },
  ]
  const scope: ResourceDetails = {
    uid: cluster.server,
    name: config.getCurrentContext() || cluster.name,
    type: 'Kubernetes cluster',
  }
  return { calls, scope }
}

/** Every list call in turn; 401 and unreachable servers stop the run, 403 and 404 fill a section error. */
export async function collectCluster(
  options: ClusterOptions,
  progress: Progress,
): Promise<ClusterCollection> {
  const { calls, scope } = await listCalls(options)
  const objects: SourcedObject[] = []
  const sectionErrors: Record<string, string> = {}
  for (const call of calls) {
    try {
      objects.push(...(await listAll(call, progress)))
    } catch (error) {
      const failure = error as ApiFailure
      if (failure.code === 403) {
        sectionErrors[call.section] =
          `forbidden: the caller needs ${permissionOf(call)} (${statusMessage(failure)})`
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
  return { objects, sectionErrors, scope }
}

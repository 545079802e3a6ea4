/**
 * The writes the rules judge: a successful create, update or patch of a workload by someone who is not
 * the cluster's own machinery, with the pod spec it submitted.
 */
import { asObject, asString, path } from '#shared/json/index.ts'
import {
  CONTROL_PLANE_NAMESPACES,
  isSystemComponent,
  type K8sRequest,
  k8sRequestOf,
  parseServiceAccount,
} from '#shared/k8s/index.ts'
import { type ContainerEscapeConfig, isAllowedWorkload } from './config.ts'
import { type ContainerRef, containerRefsOf, type PodSpec, submittedPodSpecOf } from './pod-spec.ts'

const WRITE_VERBS: ReadonlySet<string> = new Set(['create', 'update', 'patch'])

/** Who writes workloads with host access as part of running the cluster, each with the reason. */
export const CONTROL_PLANE_WRITERS: ReadonlyArray<{
  readonly who: string
  readonly reason: string
  matches(username: string): boolean
}> = [
  {
    who: 'control-plane components and nodes (system:kube-*, system:node:*)',
    reason:
      'controllers stamp pods out of templates that were judged when the workload itself was written, and kubelets create mirror pods for static pods from node manifests',
    matches: (username) => isSystemComponent(username),
  },
  {
    who: 'service accounts of kube-system, kube-public and kube-node-lease',
    reason:
      'the controllers run as kube-system service accounts (daemon-set-controller, job-controller...), and add-on managers install node agents such as CNI plugins and kube-proxy from there',
    matches: (username) => {
      const account = parseServiceAccount(username)
      return account !== undefined && CONTROL_PLANE_NAMESPACES.has(account.namespace)
    },
  },
]

export interface WorkloadWrite {
  readonly request: K8sRequest
  readonly actor: string
  /** `deployments payments/ledger` */
  readonly workload: string
  readonly podSpec: PodSpec
  readonly containers: readonly ContainerRef[]
}

const PAST_TENSE: Readonly<Record<string, string>> = {
  create: 'created',
  update: 'updated',
  patch: 'patched',
}

function isControlPlaneWriter(username: string | undefined): boolean {
  if (username === undefined) return false
  return CONTROL_PLANE_WRITERS.some((writer) => writer.matches(username))
}

/** The object's name; a create with generateName has none yet, so the prefix stands for it. */
function nameOf(request: K8sRequest): string | undefined {
  if (request.name !== undefined) return request.name
  const metadata = asObject(request.object?.metadata)
  const generated = asString(metadata?.generateName)
  return asString(metadata?.name) ?? (generated === undefined ? undefined : `${generated}*`)
}

export function workloadWriteOf(event: unknown, config: ContainerEscapeConfig): WorkloadWrite | undefined {
  const request = k8sRequestOf(event)
  if (request?.resource === undefined || !request.succeeded || !WRITE_VERBS.has(request.verb))
    return undefined
  if (isControlPlaneWriter(request.username)) return undefined
  const podSpec = submittedPodSpecOf(request.resource, request.object)
  if (podSpec === undefined) return undefined
  const name = nameOf(request)
  if (isAllowedWorkload(config.allowedWorkloads, request.namespace, name)) return undefined
  const target = [request.namespace, name ?? '?'].filter((part) => part !== undefined).join('/')
  return {
    request,
    actor: request.username ?? 'unknown user',
    workload: `${request.resource} ${target}`,
    podSpec,
    containers: containerRefsOf(podSpec),
  }
}

export function pastTense(verb: string): string {
  return PAST_TENSE[verb] ?? verb
}

/** A container's securityContext field, or undefined. */
export function securityContextField(container: ContainerRef, ...keys: string[]): unknown {
  return path(container.spec, 'securityContext', ...keys)
}

/**
 * The pod spec in a write to a workload, and its containers. Where the spec sits comes from the shared
 * kind table; a request names its resource, not its kind (patch bodies carry none), hence the map.
 */
import { asObject, type JsonObject, path } from '#shared/json/index.ts'
import { containersOf, kindInfoOf, type PodContainer } from '#shared/k8s/index.ts'

/** The workload resources a write can carry a pod spec to, by the kind they hold. */
const WORKLOAD_KINDS: Readonly<Record<string, string>> = {
  pods: 'Pod',
  // kubectl debug adds ephemeral containers by patching this subresource with {spec: {ephemeralContainers}}.
  'pods/ephemeralcontainers': 'Pod',
  deployments: 'Deployment',
  daemonsets: 'DaemonSet',
  statefulsets: 'StatefulSet',
  replicasets: 'ReplicaSet',
  replicationcontrollers: 'ReplicationController',
  jobs: 'Job',
  cronjobs: 'CronJob',
}

export interface PodSpec {
  /** Dotted path of the spec inside the submitted object, for messages: `spec.template.spec`. */
  readonly at: string
  readonly spec: JsonObject
}

export interface ContainerRef extends PodContainer {
  /** `spec.template.spec.initContainers[0]` */
  readonly at: string
}

/** Where a workload resource (`deployments`, `pods/ephemeralcontainers`) keeps its pod spec. */
export function podSpecPathOf(resource: string): readonly string[] | undefined {
  if (!Object.hasOwn(WORKLOAD_KINDS, resource)) return undefined
  return kindInfoOf(WORKLOAD_KINDS[resource])?.podSpecPath
}

export function submittedPodSpecOf(resource: string, object: JsonObject | undefined): PodSpec | undefined {
  const segments = podSpecPathOf(resource)
  if (segments === undefined) return undefined
  const spec = asObject(path(object, ...segments))
  return spec === undefined ? undefined : { at: segments.join('.'), spec }
}

/** Every container of the spec, init and ephemeral ones included, each with its place in the object. */
export function containerRefsOf(podSpec: PodSpec): ContainerRef[] {
  return containersOf(podSpec.spec).map((container) => ({
    ...container,
    at: `${podSpec.at}.${container.field}[${container.index}]`,
  }))
}

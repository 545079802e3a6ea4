/**
 * The Kubernetes kinds posture checks read: their API group and resource, and for workloads where the
 * pod template sits, so every workload kind yields the same pod spec and containers.
 */
import { asArray, asObject, asString, type JsonObject, path } from '../json/index.ts'
import { apiPathOf } from './api-paths.ts'

export interface KindInfo {
  /** "" for the core group. */
  readonly group: string
  readonly resource: string
  readonly namespaced: boolean
  /** Where a workload keeps its pod spec; absent for kinds that are not workloads. */
  readonly podSpecPath?: readonly string[]
}

export const KUBERNETES_KINDS: Readonly<Record<string, KindInfo>> = {
  Pod: { group: '', resource: 'pods', namespaced: true, podSpecPath: ['spec'] },
  Deployment: {
    group: 'apps',
    resource: 'deployments',
    namespaced: true,
    podSpecPath: ['spec', 'template', 'spec'],
  },
  DaemonSet: {
    group: 'apps',
    resource: 'daemonsets',
    namespaced: true,
    podSpecPath: ['spec', 'template', 'spec'],
  },
  StatefulSet: {
    group: 'apps',
    resource: 'statefulsets',
    namespaced: true,
    podSpecPath: ['spec', 'template', 'spec'],
  },
  ReplicaSet: {
    group: 'apps',
    resource: 'replicasets',
    namespaced: true,
    podSpecPath: ['spec', 'template', 'spec'],
  },
  ReplicationController: {
    group: '',
    resource: 'replicationcontrollers',
    namespaced: true,
    podSpecPath: ['spec', 'template', 'spec'],
  },
  Job: { group: 'batch', resource: 'jobs', namespaced: true, podSpecPath: ['spec', 'template', 'spec'] },
  CronJob: {
    group: 'batch',
    resource: 'cronjobs',
    namespaced: true,
    podSpecPath: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  },
  Namespace: { group: '', resource: 'namespaces', namespaced: false },
  ServiceAccount: { group: '', resource: 'serviceaccounts', namespaced: true },
  Role: { group: 'rbac.authorization.k8s.io', resource: 'roles', namespaced: true },
  ClusterRole: { group: 'rbac.authorization.k8s.io', resource: 'clusterroles', namespaced: false },
  RoleBinding: { group: 'rbac.authorization.k8s.io', resource: 'rolebindings', namespaced: true },
  ClusterRoleBinding: {
    group: 'rbac.authorization.k8s.io',
    resource: 'clusterrolebindings',
    namespaced: false,
  },
  NetworkPolicy: { group: 'networking.k8s.io', resource: 'networkpolicies', namespaced: true },
}

/** Manifests without a namespace land in the one kubectl applies them to by default. */
const DEFAULT_NAMESPACE = 'default'

export function kindInfoOf(kind: string | undefined): KindInfo | undefined {
  return kind === undefined || !Object.hasOwn(KUBERNETES_KINDS, kind) ? undefined : KUBERNETES_KINDS[kind]
}

/** The namespace an object lives in: its own, else `default` for namespaced kinds; none for cluster kinds. */
export function namespaceOf(object: unknown, info: KindInfo): string | undefined {
  if (!info.namespaced) return undefined
  return asString(path(object, 'metadata', 'namespace')) ?? DEFAULT_NAMESPACE
}

/**
 * The object's REST path, e.g. `/apis/apps/v1/namespaces/shop/deployments/web`: its id whatever its UID.
 * Every kind here is served at v1, and the path uses it whatever version a manifest was written in
 * (batch/v1beta1, or none), so one object has one id in manifests and in the live cluster.
 */
export function objectPathOf(object: unknown): string | undefined {
  const kind = asString(path(object, 'kind'))
  const info = kindInfoOf(kind)
  const name = asString(path(object, 'metadata', 'name'))
  if (info === undefined || name === undefined) return undefined
  return apiPathOf({
    apiGroup: info.group,
    apiVersion: 'v1',
    namespace: namespaceOf(object, info),
    resource: info.resource,
    name,
  })
}

/** The pod spec of a workload object, or undefined for other kinds. */
export function podSpecOf(object: unknown): JsonObject | undefined {
  const podSpecPath = kindInfoOf(asString(path(object, 'kind')))?.podSpecPath
  return podSpecPath === undefined ? undefined : asObject(path(object, ...podSpecPath))
}

export type ContainerRole = 'container' | 'init container' | 'ephemeral container'

export interface PodContainer {
  readonly name: string
  readonly role: ContainerRole
  readonly spec: JsonObject
  /** Where it sits in the pod spec (`initContainers`, index 0), so a message can point at the field. */
  readonly field: string
  readonly index: number
}

const CONTAINER_FIELDS: ReadonlyArray<readonly [string, ContainerRole]> = [
  ['initContainers', 'init container'],
  ['containers', 'container'],
  ['ephemeralContainers', 'ephemeral container'],
]

/** Every container of a pod spec, init and ephemeral ones included: each runs with the pod's privileges. */
export function containersOf(podSpec: JsonObject): PodContainer[] {
  const containers: PodContainer[] = []
  for (const [field, role] of CONTAINER_FIELDS) {
    const items = asArray(podSpec[field]) ?? []
    items.forEach((item, index) => {
      const spec = asObject(item)
      if (spec === undefined) return
      containers.push({ name: asString(spec.name) ?? '(unnamed)', role, spec, field, index })
    })
  }
  return containers
}

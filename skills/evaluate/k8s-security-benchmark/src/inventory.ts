/**
 * The cluster as the controls see it: Kubernetes objects sorted by what they are, each with the file and
 * line it came from, built the same way from manifests, `kubectl get -o json` and a live cluster.
 */

import { asString, path } from '#shared/json/index.ts'
import { containersOf, kindInfoOf, namespaceOf, podSpecOf } from '#shared/k8s/index.ts'
import type { ResourceDetails } from '#shared/ocsf/index.ts'
import {
  hasListedController,
  type K8sObject,
  kubernetesObjectOf,
  objectKey,
  type SourcedObject,
} from '#shared/posture/index.ts'
import { type ApiServerCommand, apiServerCommandOfPod } from './apiserver-command.ts'
import { toConfigFileObject, type Workload } from './k8s-object.ts'

export interface Inventory {
  readonly workloads: readonly Workload[]
  readonly serviceAccounts: readonly K8sObject[]
  /** Roles and ClusterRoles. */
  readonly roles: readonly K8sObject[]
  /** RoleBindings and ClusterRoleBindings. */
  readonly bindings: readonly K8sObject[]
  readonly networkPolicies: readonly K8sObject[]
  readonly namespaces: readonly K8sObject[]
  /** kube-apiserver command lines, from its static pod or given on their own. */
  readonly apiServers: readonly ApiServerCommand[]
  /** EncryptionConfiguration files (apiserver.config.k8s.io): only provider names are ever read from them. */
  readonly encryptionConfigs: readonly K8sObject[]
  /** What was evaluated as a whole (the files, or the cluster): the resource of a scope-wide outcome. */
  readonly scope: ResourceDetails
}

export interface InventoryBuild {
  readonly inventory: Inventory
  readonly processed: number
  /** Objects left out by design, by reason. */
  readonly dropped: ReadonlyMap<string, number>
}

const ENCRYPTION_CONFIGURATION_KIND = 'EncryptionConfiguration'

type Group = 'serviceAccounts' | 'roles' | 'bindings' | 'networkPolicies' | 'namespaces'

/** The inventory list of each kind that is not a workload. */
const GROUP_OF_KIND: Readonly<Record<string, Group>> = {
  ServiceAccount: 'serviceAccounts',
  Role: 'roles',
  ClusterRole: 'roles',
  RoleBinding: 'bindings',
  ClusterRoleBinding: 'bindings',
  NetworkPolicy: 'networkPolicies',
  Namespace: 'namespaces',
}

/** Every kind the benchmark judges is in the shared workload table: none needs its REST path named here. */
const NO_SERVED_KINDS = {}

function workloadKeys(objects: readonly SourcedObject[]): Set<string> {
  const keys = new Set<string>()
  for (const object of objects) {
    const kind = asString(object.value.kind)
    const info = kindInfoOf(kind)
    const name = asString(path(object.value, 'metadata', 'name'))
    if (kind !== undefined && info?.podSpecPath !== undefined && name !== undefined)
      keys.add(objectKey(kind, namespaceOf(object.value, info), name))
  }
  return keys
}

export function buildInventory(
  objects: readonly SourcedObject[],
  givenApiServers: readonly ApiServerCommand[],
  scope: ResourceDetails,
): InventoryBuild {
  const listedWorkloads = workloadKeys(objects)
  const workloads: Workload[] = []
  const groups: Record<Group, K8sObject[]> = {
    serviceAccounts: [],
    roles: [],
    bindings: [],
    networkPolicies: [],
    namespaces: [],
  }
  const apiServers = [...givenApiServers]
  const encryptionConfigs: K8sObject[] = []
  const dropped = new Map<string, number>()
  const drop = (reason: string) => dropped.set(reason, (dropped.get(reason) ?? 0) + 1)
  let processed = 0
  for (const object of objects) {
    const kind = asString(object.value.kind) ?? ''
    const info = kindInfoOf(kind)
    if (kind === ENCRYPTION_CONFIGURATION_KIND) {
      encryptionConfigs.push(toConfigFileObject(object, kind))
      processed += 1
      continue
    }
    if (info === undefined) {
      drop('kind not evaluated')
      continue
    }
    if (hasListedController(object.value, namespaceOf(object.value, info), listedWorkloads)) {
      drop('judged through its controller')
      continue
    }
    processed += 1
    const base = kubernetesObjectOf(object, NO_SERVED_KINDS)
    const podSpec = podSpecOf(object.value)
    if (podSpec === undefined) {
      const group = GROUP_OF_KIND[kind]
      if (group !== undefined) groups[group].push(base)
      continue
    }
    const workload: Workload = { ...base, podSpec, containers: containersOf(podSpec) }
    workloads.push(workload)
    const command = kind === 'Pod' ? apiServerCommandOfPod(base, workload.containers) : undefined
    if (command !== undefined) apiServers.push(command)
  }
  return {
    inventory: { workloads, ...groups, apiServers, encryptionConfigs, scope },
    processed,
    dropped,
  }
}

/**
 * The GPU inventory from what the inputs held: Kubernetes objects (already sorted into nodes, workloads and
 * namespaces) and GPU cluster config entries, added together; for the cluster-wide facts, what any input
 * shows switched on wins.
 */
import type { ResourceDetails } from '#shared/ocsf/index.ts'
import type { Evidence } from '#shared/posture/index.ts'
import type { ConfigParts } from './config/config-inventory.ts'
import type { GpuInventory, GpuNamespace, GpuNode, GpuWorkload } from './inventory.ts'
import type { kubernetesInventoryOf } from './kubernetes/kubernetes-inventory.ts'

export interface ConfigRead {
  readonly nodes: GpuNode[]
  readonly workloads: GpuWorkload[]
  readonly namespaces: GpuNamespace[]
  readonly parts: ConfigParts[]
}

/** What any input shows switched on counts; a known "off" beats not knowing; otherwise the Kubernetes reason. */
function combine<Value>(
  fromConfig: readonly (Evidence<Value> | undefined)[],
  fromKubernetes: Evidence<Value>,
  isOn: (value: Value) => boolean,
): Evidence<Value> {
  const facts = [...fromConfig.filter((fact) => fact !== undefined), fromKubernetes]
  const known = facts.filter((fact) => fact.state === 'known')
  return known.find((fact) => isOn(fact.value)) ?? known[0] ?? fromKubernetes
}

export function composeInventory(
  kubernetes: ReturnType<typeof kubernetesInventoryOf>,
  config: ConfigRead,
  scope: ResourceDetails,
  time: number,
  file: string | undefined,
): GpuInventory {
  const nodes = [...config.nodes, ...kubernetes.nodes]
  const workloads = [...config.workloads, ...kubernetes.workloads]
  return {
    scope,
    file,
    evaluatedAt: time,
    hasGpus: nodes.length > 0 || workloads.length > 0,
    nodes,
    workloads,
    namespaces: [...config.namespaces, ...kubernetes.namespaces],
    monitoring: combine(
      config.parts.map((parts) => parts.monitoring),
      kubernetes.monitoring,
      (value) => value.deployed,
    ),
    auditLogging: combine(
      config.parts.map((parts) => parts.auditLogging),
      kubernetes.auditLogging,
      (value) => value.enabled,
    ),
  }
}

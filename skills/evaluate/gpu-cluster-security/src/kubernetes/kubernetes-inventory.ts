/**
 * Kubernetes objects to the GPU inventory: GPU nodes, GPU workloads (a Pod or ReplicaSet whose controller is
 * in the input is judged through the controller), the namespaces they run in, and the cluster-wide
 * monitoring and audit facts. NVIDIA's own GPU stack and workloads without GPUs are left out, counted.
 */
import { kindInfoOf, podSpecOf } from '#shared/k8s/index.ts'
import { hasListedController, objectKey, type SourcedObject } from '#shared/posture/index.ts'
import type { GpuNode, GpuWorkload } from '../inventory.ts'
import { auditLoggingOf, monitoringOf, runsApiServer, runsDcgmExporter } from './cluster-facts.ts'
import { gpuNamespacesOf } from './gpu-namespaces.ts'
import { gpuNodeOf, isGpuNode } from './gpu-nodes.ts'
import { toK8sObject } from './gpu-objects.ts'
import { gpuWorkloadOf, isGpuStackComponent } from './gpu-workloads.ts'

/** Kinds read for what they say about the cluster rather than judged on their own. */
const CONTEXT_KINDS = new Set([
  'Namespace',
  'NetworkPolicy',
  'ResourceQuota',
  'StorageClass',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'ClusterPolicy',
])

export function kubernetesInventoryOf(sourced: readonly SourcedObject[]) {
  const objects = sourced.map(toK8sObject)
  const listed = new Set(objects.map((object) => objectKey(object.kind, object.namespace, object.name)))
  const ofKind = (kind: string) => objects.filter((object) => object.kind === kind)
  const storage = {
    claims: ofKind('PersistentVolumeClaim'),
    volumes: ofKind('PersistentVolume'),
    classes: ofKind('StorageClass'),
  }
  const nodes: GpuNode[] = []
  const workloads: GpuWorkload[] = []
  const dropped = new Map<string, number>()
  const drop = (reason: string) => dropped.set(reason, (dropped.get(reason) ?? 0) + 1)
  let processed = 0
  for (const object of objects) {
    if (object.kind === 'Node') {
      if (isGpuNode(object)) {
        processed += 1
        nodes.push(gpuNodeOf(object))
      } else drop('not a GPU node')
      continue
    }
    if (CONTEXT_KINDS.has(object.kind)) {
      processed += 1
      continue
    }
    if (kindInfoOf(object.kind)?.podSpecPath === undefined) {
      drop('kind not evaluated')
      continue
    }
    if (hasListedController(object.raw, object.namespace, listed)) {
      drop('judged through its controller')
      continue
    }
    // DCGM exporter and the API server are evidence for monitoring and audit, whether or not they use GPUs.
    const stack = isGpuStackComponent(podSpecOf(object.raw) ?? {})
    const workload = stack ? undefined : gpuWorkloadOf(object, storage)
    if (workload !== undefined) workloads.push(workload)
    if (workload !== undefined || runsDcgmExporter(object) || runsApiServer(object)) processed += 1
    else drop(stack ? 'NVIDIA GPU stack component' : 'uses no GPU')
  }
  return {
    nodes,
    workloads,
    namespaces: gpuNamespacesOf(workloads, {
      namespaces: ofKind('Namespace'),
      networkPolicies: ofKind('NetworkPolicy'),
      quotas: ofKind('ResourceQuota'),
    }),
    monitoring: monitoringOf(ofKind('DaemonSet'), ofKind('ClusterPolicy')),
    auditLogging: auditLoggingOf(ofKind('Pod')),
    processed,
    dropped,
  }
}

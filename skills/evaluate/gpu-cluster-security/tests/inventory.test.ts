/** Building the inventory: what is a GPU node or workload, what is judged through its owner, what a config holds. */
import { describe, expect, it } from 'vitest'
import { parseConfigDocuments } from '#shared/posture/config-documents.ts'
import { isGpuConfig, readGpuConfig } from '../src/config/config-inventory.ts'
import { kubernetesInventoryOf } from '../src/kubernetes/kubernetes-inventory.ts'
import { gpuContainer, gpuJob, inventoryOf } from './inventory-of.ts'

function objectsOf(yaml: string) {
  return parseConfigDocuments(yaml).map((parsed) => {
    if (parsed.kind !== 'document') throw new Error('test YAML is malformed')
    return {
      value: parsed.document.value as Record<string, unknown>,
      source: { file: 't.yaml', line: parsed.document.line },
    }
  })
}

describe('kubernetesInventoryOf', () => {
  it('keeps GPU workloads, reads stack and control-plane pods as evidence, and counts what it leaves out', () => {
    const yaml = `${gpuJob(gpuContainer())}---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: nvidia-device-plugin, namespace: gpu-operator}
spec: {template: {spec: {containers: [{name: p, image: "nvcr.io/nvidia/k8s-device-plugin:v0.17.0", securityContext: {privileged: true}}]}}}
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: dcgm-exporter, namespace: gpu-operator}
spec: {template: {spec: {containers: [{name: e, image: "nvcr.io/nvidia/k8s/dcgm-exporter:4.2.3-4.1.3-ubuntu22.04"}]}}}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec: {template: {spec: {containers: [{name: web, image: "nginx:1.27"}]}}}
---
apiVersion: v1
kind: Node
metadata: {name: cpu-1}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: c, namespace: shop}
---
apiVersion: v1
kind: Pod
metadata:
  name: train-abc
  namespace: team-a
  ownerReferences: [{apiVersion: batch/v1, kind: Job, name: train, uid: j1, controller: true}]
spec: {${gpuContainer()}}
`
    const result = kubernetesInventoryOf(objectsOf(yaml))
    expect(result.workloads.map((workload) => workload.name)).toEqual(['team-a/train'])
    expect(result.processed).toBe(2)
    expect(Object.fromEntries(result.dropped)).toEqual({
      'NVIDIA GPU stack component': 1,
      'uses no GPU': 1,
      'not a GPU node': 1,
      'kind not evaluated': 1,
      'judged through its controller': 1,
    })
    expect(result.monitoring).toMatchObject({ state: 'known', value: { deployed: true } })
  })

  it('names a workload by its REST path and points at its line', () => {
    const [workload] = inventoryOf(gpuJob(gpuContainer())).workloads
    expect(workload).toMatchObject({
      resource: {
        uid: '/apis/batch/v1/namespaces/team-a/jobs/train',
        name: 'train',
        namespace: 'team-a',
        type: 'Job',
      },
      file: 'test.yaml',
      line: 1,
    })
  })
})

describe('the GPU cluster config reader', () => {
  it('recognises a config by its kind, or by nodes or workloads without a kind', () => {
    expect(isGpuConfig({ kind: 'GpuClusterConfig' })).toBe(true)
    expect(isGpuConfig({ workloads: [] })).toBe(true)
    expect(isGpuConfig({ kind: 'Node', nodes: [] })).toBe(false)
    expect(isGpuConfig({ endpoints: [] })).toBe(false)
  })

  it('skips entries that break the schema with their line and reason', () => {
    const [parsed] = parseConfigDocuments(
      'nodes:\n  - {name: a, driver_version: "580.95.05"}\n  - {driver_version: 580}\nworkloads:\n  - {name: w, rdma: infiniband}\n',
    )
    if (parsed?.kind !== 'document') throw new Error('test YAML is malformed')
    const parts = readGpuConfig(parsed.document, 'c.yaml')
    expect(parts.nodes.map((entry) => entry.kind)).toEqual(['valid', 'invalid'])
    expect(parts.nodes[1]).toMatchObject({ kind: 'invalid', line: 3 })
    expect(parts.workloads[0]).toMatchObject({
      kind: 'invalid',
      line: 5,
      reason: expect.stringContaining('rdma'),
    })
  })

  it('adds config parts and Kubernetes objects into one inventory', () => {
    const inventory = inventoryOf(
      `workloads:\n  - {name: w, namespace: team-c}\n---\n${gpuJob(gpuContainer())}`,
    )
    expect(inventory.workloads.map((workload) => workload.name)).toEqual(['team-c/w', 'team-a/train'])
    expect(inventory.namespaces.map((namespace) => namespace.name)).toEqual(['team-c', 'team-a'])
    expect(inventory.hasGpus).toBe(true)
  })
})

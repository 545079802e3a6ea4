/** Builds a GPU inventory from YAML written in a test, the way the loader does, and judges one control over it. */
import {
  statusLines,
  testDocuments,
  testObjects,
  theOnlyOutcome,
} from '../../../../tests/helpers/posture-outcomes.ts'
import type { GpuControl } from '../src/benchmark.ts'
import { type ConfigRead, composeInventory } from '../src/compose-inventory.ts'
import { configNamespacesOf, isGpuConfig, readGpuConfig } from '../src/config/config-inventory.ts'
import type { GpuInventory } from '../src/inventory.ts'
import { kubernetesInventoryOf } from '../src/kubernetes/kubernetes-inventory.ts'

export const TEST_SCOPE = { uid: 'test.yaml', name: 'test.yaml', type: 'GPU cluster configuration' }

/** 2026-03-02: R535 and R580 supported, R570 past its end of life. */
export const MARCH_2026 = Date.UTC(2026, 2, 2)

function valid<Value>(entries: ReadonlyArray<{ kind: string; value?: Value; reason?: string }>): Value[] {
  return entries.map((entry) => {
    if (entry.kind !== 'valid' || entry.value === undefined)
      throw new Error(`invalid test entry: ${entry.reason}`)
    return entry.value
  })
}

export function inventoryOf(yaml: string, time = MARCH_2026): GpuInventory {
  const documents = testDocuments(yaml)
  const config: ConfigRead = { nodes: [], workloads: [], namespaces: [], parts: [] }
  for (const document of documents.filter((candidate) => isGpuConfig(candidate.value))) {
    const parts = readGpuConfig(document, 'test.yaml')
    const workloads = valid(parts.workloads)
    config.nodes.push(...valid(parts.nodes))
    config.workloads.push(...workloads)
    config.namespaces.push(...configNamespacesOf(valid(parts.namespaces), workloads, 'test.yaml'))
    config.parts.push(parts)
  }
  const objects = testObjects(documents.filter((candidate) => !isGpuConfig(candidate.value)))
  return composeInventory(kubernetesInventoryOf(objects), config, TEST_SCOPE, time, 'test.yaml')
}

/** Each outcome as `resource name: status`, in output order. */
export function statusesOf(control: GpuControl, yaml: string, time = MARCH_2026): string[] {
  return statusLines(control.evaluate(inventoryOf(yaml, time)))
}

export function onlyOutcome(control: GpuControl, yaml: string, time = MARCH_2026) {
  return theOnlyOutcome(control.evaluate(inventoryOf(yaml, time)))
}

/** A Job `train` in namespace `team-a` with the given pod spec fields (YAML, at pod spec level). */
export function gpuJob(podSpec: string, namespace = 'team-a', name = 'train'): string {
  return `apiVersion: batch/v1
kind: Job
metadata: {name: ${name}, namespace: ${namespace}}
spec:
  template:
    spec:
${podSpec
  .trim()
  .split('\n')
  .map((line) => `      ${line}`)
  .join('\n')}
`
}

/** One GPU container requesting a GPU, with extra container fields. */
export function gpuContainer(extra = '', image = 'nvcr.io/nvidia/cuda:12.2.2-runtime-ubuntu22.04'): string {
  const fields = extra === '' ? '' : `, ${extra}`
  return `containers: [{name: trainer, image: "${image}", resources: {limits: {nvidia.com/gpu: 1}}${fields}}]`
}

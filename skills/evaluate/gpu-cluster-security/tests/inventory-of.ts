/** Builds a GPU inventory from YAML written in a test, the way the loader does, and judges one control over it. */
import { asObject } from '#shared/json/index.ts'
import type { ControlStatus } from '#shared/ocsf/index.ts'
import { parseConfigDocuments, type SourcedObject } from '#shared/posture/index.ts'
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
  const objects: SourcedObject[] = []
  const config: ConfigRead = { nodes: [], workloads: [], namespaces: [], parts: [] }
  for (const parsed of parseConfigDocuments(yaml)) {
    if (parsed.kind !== 'document') throw new Error(`test YAML is malformed: ${parsed.reason}`)
    const { document } = parsed
    if (isGpuConfig(document.value)) {
      const parts = readGpuConfig(document, 'test.yaml')
      const workloads = valid(parts.workloads)
      config.nodes.push(...valid(parts.nodes))
      config.workloads.push(...workloads)
      config.namespaces.push(...configNamespacesOf(valid(parts.namespaces), workloads, 'test.yaml'))
      config.parts.push(parts)
      continue
    }
    const value = asObject(document.value)
    if (value !== undefined) objects.push({ value, source: { file: 'test.yaml', line: document.line } })
  }
  return composeInventory(kubernetesInventoryOf(objects), config, TEST_SCOPE, time, 'test.yaml')
}

/** Each outcome as `resource name: status`, in output order. */
export function statusesOf(control: GpuControl, yaml: string, time = MARCH_2026): string[] {
  return control
    .evaluate(inventoryOf(yaml, time))
    .map((outcome) => `${outcome.resource.name}: ${outcome.status}`)
}

export function onlyOutcome(
  control: GpuControl,
  yaml: string,
  time = MARCH_2026,
): { status: ControlStatus; detail: string } {
  const outcomes = control.evaluate(inventoryOf(yaml, time))
  if (outcomes.length !== 1) throw new Error(`expected one outcome, got ${outcomes.length}`)
  const [outcome] = outcomes
  return { status: outcome?.status ?? 'unknown', detail: outcome?.detail ?? '' }
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

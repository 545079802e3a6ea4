/** Builds an inventory from YAML written in a test, the way the manifest reader does, and judges one control. */
import { asObject } from '#shared/json/index.ts'
import type { ControlStatus } from '#shared/ocsf/index.ts'
import { parseConfigDocuments, type SourcedObject } from '#shared/posture/index.ts'
import type { ApiServerCommand } from '../src/apiserver-command.ts'
import type { K8sControl } from '../src/benchmark.ts'
import { buildInventory, type Inventory } from '../src/inventory.ts'

export const TEST_SCOPE = { uid: 'test.yaml', name: 'test.yaml', type: 'Kubernetes manifests' }

export function inventoryOf(yaml: string, apiServers: readonly ApiServerCommand[] = []): Inventory {
  const objects: SourcedObject[] = []
  for (const parsed of parseConfigDocuments(yaml)) {
    if (parsed.kind !== 'document') throw new Error(`test YAML is malformed: ${parsed.reason}`)
    const value = asObject(parsed.document.value)
    if (value !== undefined)
      objects.push({ value, source: { file: 'test.yaml', line: parsed.document.line } })
  }
  return buildInventory(objects, apiServers, TEST_SCOPE).inventory
}

/** Each outcome as `resource name: status`, in output order. */
export function statusesOf(control: K8sControl, yaml: string): string[] {
  return control.evaluate(inventoryOf(yaml)).map((outcome) => `${outcome.resource.name}: ${outcome.status}`)
}

/** The one outcome of a control over a one-resource input. */
export function onlyOutcome(control: K8sControl, yaml: string): { status: ControlStatus; detail: string } {
  const outcomes = control.evaluate(inventoryOf(yaml))
  if (outcomes.length !== 1) throw new Error(`expected one outcome, got ${outcomes.length}`)
  const [outcome] = outcomes
  return { status: outcome?.status ?? 'unknown', detail: outcome?.detail ?? '' }
}

/** A Deployment named `app` in namespace `shop` with the given pod spec (YAML, indented for its place). */
export function deployment(podSpec: string, name = 'app'): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: shop}
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

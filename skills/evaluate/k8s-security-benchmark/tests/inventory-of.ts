/** Builds an inventory from YAML written in a test, the way the manifest reader does, and judges one control. */
import {
  statusLines,
  testDocuments,
  testObjects,
  theOnlyOutcome,
} from '../../../../tests/helpers/posture-outcomes.ts'
import type { ApiServerCommand } from '../src/apiserver-command.ts'
import type { K8sControl } from '../src/benchmark.ts'
import { buildInventory, type Inventory } from '../src/inventory.ts'

export const TEST_SCOPE = { uid: 'test.yaml', name: 'test.yaml', type: 'Kubernetes manifests' }

export function inventoryOf(yaml: string, apiServers: readonly ApiServerCommand[] = []): Inventory {
  return buildInventory(testObjects(testDocuments(yaml)), apiServers, TEST_SCOPE).inventory
}

/** Each outcome as `resource name: status`, in output order. */
export function statusesOf(control: K8sControl, yaml: string): string[] {
  return statusLines(control.evaluate(inventoryOf(yaml)))
}

/** The one outcome of a control over a one-resource input. */
export function onlyOutcome(control: K8sControl, yaml: string) {
  return theOnlyOutcome(control.evaluate(inventoryOf(yaml)))
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

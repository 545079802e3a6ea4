/** Builds endpoints from YAML written in a test, the way the loader does, and judges one control over them. */
import { testDocuments, testObjects, theOnlyOutcome } from '../../../../tests/helpers/posture-outcomes.ts'
import type { ServingControl } from '../src/benchmark.ts'
import { readServingConfig } from '../src/config/config-endpoints.ts'
import type { Endpoint } from '../src/endpoint.ts'
import { type KubernetesEndpoints, kubernetesEndpointsOf } from '../src/kubernetes/kubernetes-endpoints.ts'

export const TEST_SCOPE = { uid: 'test.yaml', name: 'test.yaml', type: 'Model serving configuration' }

/** The endpoints of a serving config; an invalid entry fails the test. */
export function configEndpoints(yaml: string): Endpoint[] {
  return testDocuments(yaml).flatMap((document) =>
    readServingConfig(document, 'serving.yaml').map((entry) => {
      if (entry.kind === 'invalid') throw new Error(`invalid endpoint at line ${entry.line}: ${entry.reason}`)
      return entry.endpoint
    }),
  )
}

export function kubernetesEndpoints(yaml: string): KubernetesEndpoints {
  return kubernetesEndpointsOf(testObjects(testDocuments(yaml)))
}

/** The one outcome of a control over an input with one endpoint. */
export function onlyOutcome(control: ServingControl, endpoints: readonly Endpoint[]) {
  return theOnlyOutcome(control.evaluate({ endpoints, scope: TEST_SCOPE }))
}

export function configOutcome(control: ServingControl, endpointYaml: string) {
  return onlyOutcome(control, configEndpoints(`endpoints:\n  - name: chat\n${indent(endpointYaml, 4)}\n`))
}

export function kubernetesOutcome(control: ServingControl, yaml: string) {
  return onlyOutcome(control, kubernetesEndpoints(yaml).endpoints)
}

export function indent(text: string, spaces: number): string {
  return text
    .trim()
    .split('\n')
    .map((line) => `${' '.repeat(spaces)}${line}`)
    .join('\n')
}

/** A Deployment `llm/server` running one container with the given YAML fields (image, args...), plus extra documents. */
export function serverDeployment(container: string, podFields = '', extra = ''): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata: {name: server, namespace: llm}
spec:
  selector: {matchLabels: {app: server}}
  template:
    metadata: {labels: {app: server}}
    spec:
${podFields === '' ? '' : `${indent(podFields, 6)}\n`}      containers:
        - name: server
${indent(container, 10)}
${extra === '' ? '' : `---\n${extra.trim()}\n`}`
}

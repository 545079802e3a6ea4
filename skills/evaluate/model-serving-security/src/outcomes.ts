/** How controls turn endpoints into outcomes: one per endpoint, with its file and line, or one for the scope. */

import type { ControlStatus } from '#shared/ocsf/index.ts'
import { type ControlOutcome, type Evidence, judgeEvidence } from '#shared/posture/index.ts'
import type { Endpoint, ServingInventory } from './endpoint.ts'

export interface Judgement {
  readonly status: ControlStatus
  readonly detail: string
  /** The line that decides the outcome; the endpoint's own line otherwise. */
  readonly line?: number
}

export const NO_ENDPOINTS =
  'The input holds no inference endpoint (no serving config endpoint, InferenceService or model-server workload).'

/** "InferenceService shop/chat", "endpoint chat": how details name an endpoint. */
export function describeEndpoint(endpoint: Endpoint): string {
  return endpoint.form === 'serving config'
    ? `endpoint ${endpoint.name}`
    : `${endpoint.form} ${endpoint.name}`
}

/** One outcome per endpoint, or one Not Applicable outcome for the scope when there is none. */
export function judgeEndpoints(
  inventory: ServingInventory,
  judge: (endpoint: Endpoint) => Judgement,
): ControlOutcome[] {
  if (inventory.endpoints.length === 0)
    return [{ status: 'not-applicable', detail: NO_ENDPOINTS, resource: inventory.scope }]
  return inventory.endpoints.map((endpoint) => {
    const { line, ...judgement } = judge(endpoint)
    return {
      ...judgement,
      resource: endpoint.resource,
      logSource: endpoint.file,
      line: line ?? endpoint.line,
    }
  })
}

/** Judges one fact of an endpoint, naming the endpoint in every detail. */
export function judgeEndpointEvidence<Value>(
  endpoint: Endpoint,
  evidence: Evidence<Value>,
  judge: (value: Value, name: string) => { status: ControlStatus; detail: string },
): Judgement {
  const name = describeEndpoint(endpoint)
  return judgeEvidence(name, evidence, (value) => judge(value, name))
}

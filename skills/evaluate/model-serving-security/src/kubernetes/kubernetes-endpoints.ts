/**
 * Kubernetes objects to endpoints: each InferenceService, and each workload that runs a model server, is
 * an endpoint, judged with the ServingRuntimes, Services, Ingresses and NetworkPolicies around it. A Pod or
 * ReplicaSet whose controller is in the input, and a workload KServe made for an InferenceService in the
 * input, is judged through that owner once rather than again on its own.
 */

import { asString, path } from '#shared/json/index.ts'
import { kindInfoOf } from '#shared/k8s/index.ts'
import {
  hasListedController,
  type K8sObject,
  objectKey,
  type SourcedObject,
  unknown,
} from '#shared/posture/index.ts'
import type { Endpoint } from '../endpoint.ts'
import { authenticationOf, authorizationOf, exposureOf, rateLimitOf, transportOf } from './access-facts.ts'
import { type NetworkObjects, reachabilityOf } from './reachability.ts'
import {
  containersOf,
  literalCredentialsOf,
  memorisationOf,
  modelOf,
  requestLimitsOf,
  requestLoggingOf,
} from './server-facts.ts'
import { toK8sObject } from './serving-objects.ts'
import { inferenceServiceOf, type ServingWorkload, workloadOf } from './serving-workload.ts'

export interface KubernetesEndpoints {
  readonly endpoints: Endpoint[]
  readonly processed: number
  /** Objects left out by design, by reason. */
  readonly dropped: ReadonlyMap<string, number>
}

const GUARDRAILS_ELSEWHERE =
  'guardrails run in a gateway or in the application, which Kubernetes objects do not describe; evaluate the gateway with a serving config'

const CONTEXT_KINDS = new Set([
  'ServingRuntime',
  'ClusterServingRuntime',
  'Service',
  'Ingress',
  'NetworkPolicy',
])

const ISVC_LABEL = 'serving.kserve.io/inferenceservice'

/** KServe labels what it creates for an InferenceService with the InferenceService's name. */
function madeForListedService(object: K8sObject, listed: ReadonlySet<string>): boolean {
  const labels = [
    path(object.raw, 'metadata', 'labels'),
    path(object.raw, 'spec', 'template', 'metadata', 'labels'),
  ]
  return labels.some((map) => {
    const name = asString(path(map, ISVC_LABEL))
    return name !== undefined && listed.has(objectKey('InferenceService', object.namespace, name))
  })
}

function endpointOf(workload: ServingWorkload, network: NetworkObjects): Endpoint {
  const { object } = workload
  const reach = reachabilityOf(workload, network)
  const authentication = authenticationOf(workload, reach)
  return {
    name: object.namespace === undefined ? object.name : `${object.namespace}/${object.name}`,
    form: object.kind,
    resource: object.resource,
    file: object.source.file,
    line: object.source.line,
    authentication,
    literalCredentials: literalCredentialsOf(workload),
    authorization: authorizationOf(workload, authentication, reach),
    rateLimit: rateLimitOf(workload, reach),
    requestLimits: requestLimitsOf(workload),
    outputFilter: unknown(GUARDRAILS_ELSEWHERE),
    memorisation: memorisationOf(workload),
    requestLogging: requestLoggingOf(workload),
    containers: containersOf(workload),
    transport: transportOf(workload, reach),
    exposure: exposureOf(workload, reach),
    promptInjection: unknown(GUARDRAILS_ELSEWHERE),
    contentSafety: unknown(GUARDRAILS_ELSEWHERE),
    model: modelOf(workload),
  }
}

export function kubernetesEndpointsOf(sourced: readonly SourcedObject[]): KubernetesEndpoints {
  const objects = sourced.map(toK8sObject)
  const listed = new Set(objects.map((object) => objectKey(object.kind, object.namespace, object.name)))
  const ofKind = (...kinds: string[]) => objects.filter((object) => kinds.includes(object.kind))
  const runtimes = ofKind('ServingRuntime', 'ClusterServingRuntime')
  const network: NetworkObjects = {
    services: ofKind('Service'),
    ingresses: ofKind('Ingress'),
    networkPolicies: ofKind('NetworkPolicy'),
  }
  const endpoints: Endpoint[] = []
  const dropped = new Map<string, number>()
  const drop = (reason: string) => dropped.set(reason, (dropped.get(reason) ?? 0) + 1)
  let processed = 0
  for (const object of objects) {
    if (object.kind === 'InferenceService') {
      processed += 1
      endpoints.push(endpointOf(inferenceServiceOf(object, runtimes), network))
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
    if (madeForListedService(object, listed)) {
      drop('judged through its InferenceService')
      continue
    }
    const workload = workloadOf(object)
    if (workload === undefined) {
      drop('not a model server')
      continue
    }
    processed += 1
    endpoints.push(endpointOf(workload, network))
  }
  return { endpoints, processed, dropped }
}

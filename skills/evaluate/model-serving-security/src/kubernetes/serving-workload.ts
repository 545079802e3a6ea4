/**
 * What runs behind an endpoint, whatever object describes it: the pod labels Services select it by, the
 * annotations that switch features on, the containers with their effective settings, the model server
 * among them, and for KServe how the InferenceService is deployed and logged.
 */
import { asArray, asObject, asString, type JsonObject, path } from '#shared/json/index.ts'
import { containersOf, type Labels, labelsOf, type PodContainer, podSpecOf } from '#shared/k8s/index.ts'
import type { K8sObject } from '#shared/posture/index.ts'
import { type ModelServer, modelServerOf } from './model-servers.ts'

export interface KServeSettings {
  /** Deployed through Knative (KServe's default mode), rather than as a raw Deployment. */
  readonly serverless: boolean
  /** Labelled to stay inside the cluster (Knative `cluster-local` visibility). */
  readonly clusterLocal: boolean
  /** Labelled for an external route in raw deployment mode (`networking.kserve.io/visibility: exposed`). */
  readonly exposed: boolean
  /** The payload logger: what it logs and where it sends it. */
  readonly logger?: { readonly mode: string; readonly url?: string }
  readonly storageUri?: string
}

export interface ServingWorkload {
  readonly object: K8sObject
  readonly namespace: string
  readonly podLabels: Labels
  /** The object's annotations and its pod template's. */
  readonly annotations: Labels
  readonly podSpec: JsonObject
  /** The containers as they run; a reason instead when they are decided by an object missing from the input. */
  readonly containers: readonly PodContainer[] | { readonly missing: string }
  readonly server?: ModelServer
  readonly kserve?: KServeSettings
}

/** A workload (Deployment, Pod...) whose containers run a model server; undefined when none does. */
export function workloadOf(object: K8sObject): ServingWorkload | undefined {
  const podSpec = podSpecOf(object.raw)
  if (podSpec === undefined) return undefined
  const containers = containersOf(podSpec)
  const server = containers.map(modelServerOf).find((found) => found !== undefined)
  if (server === undefined) return undefined
  const metadata =
    object.kind === 'Pod' ? path(object.raw, 'metadata') : path(podTemplateOf(object.raw), 'metadata')
  return {
    object,
    namespace: object.namespace ?? 'default',
    podLabels: labelsOf(path(metadata, 'labels')),
    annotations: {
      ...labelsOf(path(object.raw, 'metadata', 'annotations')),
      ...labelsOf(path(metadata, 'annotations')),
    },
    podSpec,
    containers,
    server,
  }
}

/** The pod template of a workload (`spec.template`, or a CronJob's job template's). */
function podTemplateOf(raw: JsonObject): unknown {
  return path(raw, 'spec', 'template') ?? path(raw, 'spec', 'jobTemplate', 'spec', 'template')
}

/** Framework keys of the older predictor form (`predictor.sklearn`...), each naming its model format. */
const FRAMEWORK_KEYS = [
  'sklearn',
  'xgboost',
  'tensorflow',
  'pytorch',
  'triton',
  'onnx',
  'huggingface',
  'lightgbm',
  'paddle',
  'pmml',
] as const

interface ModelSpec {
  readonly spec: JsonObject
  readonly format?: string
}

function modelSpecOf(predictor: JsonObject | undefined): ModelSpec | undefined {
  const model = asObject(predictor?.model)
  if (model !== undefined) return { spec: model, format: asString(path(model, 'modelFormat', 'name')) }
  for (const key of FRAMEWORK_KEYS) {
    const spec = asObject(predictor?.[key])
    if (spec !== undefined) return { spec, format: key }
  }
  return undefined
}

/** A ServingRuntime that serves the format automatically, namespace runtimes before cluster ones. */
function autoSelected(format: string, runtimes: readonly K8sObject[]): K8sObject | undefined {
  return runtimes.find((runtime) =>
    (asArray(path(runtime.raw, 'spec', 'supportedModelFormats')) ?? []).some(
      (supported) => path(supported, 'name') === format && path(supported, 'autoSelect') === true,
    ),
  )
}

function runtimeOf(
  isvc: K8sObject,
  model: ModelSpec,
  runtimes: readonly K8sObject[],
): K8sObject | { missing: string } {
  const candidates = [
    ...runtimes.filter(
      (runtime) => runtime.kind === 'ServingRuntime' && runtime.namespace === isvc.namespace,
    ),
    ...runtimes.filter((runtime) => runtime.kind === 'ClusterServingRuntime'),
  ]
  const name = asString(model.spec.runtime)
  if (name !== undefined) {
    return (
      candidates.find((runtime) => runtime.name === name) ?? {
        missing: `its ServingRuntime ${name} is not in the input, and that runtime's container settings apply`,
      }
    )
  }
  const format = model.format ?? '(none)'
  return (
    autoSelected(format, candidates) ?? {
      missing: `no ServingRuntime in the input serves model format ${format}, so the runtime KServe selects is unknown`,
    }
  )
}

/** KServe merges the InferenceService's model container over the runtime's: its args follow the runtime's. */
function mergedContainer(runtimeContainer: JsonObject, model: JsonObject): JsonObject {
  const environment = new Map<string, unknown>()
  for (const item of [...(asArray(runtimeContainer.env) ?? []), ...(asArray(model.env) ?? [])]) {
    const name = asString(path(item, 'name'))
    if (name !== undefined) environment.set(name, item)
  }
  return {
    ...runtimeContainer,
    image: model.image ?? runtimeContainer.image,
    command: model.command ?? runtimeContainer.command,
    args: [...(asArray(runtimeContainer.args) ?? []), ...(asArray(model.args) ?? [])],
    env: [...environment.values()],
    securityContext: model.securityContext ?? runtimeContainer.securityContext,
  }
}

const SERVING_CONTAINER = 'kserve-container'

function predictorContainers(
  isvc: K8sObject,
  predictor: JsonObject | undefined,
  runtimes: readonly K8sObject[],
): readonly PodContainer[] | { missing: string } {
  const custom = containersOf(predictor ?? {})
  const model = modelSpecOf(predictor)
  if (model === undefined)
    return custom.length > 0 ? custom : { missing: 'its predictor names no model or container' }
  const runtime = runtimeOf(isvc, model, runtimes)
  if ('missing' in runtime) {
    // The InferenceService's own securityContext overrides the runtime's, so it can still be judged.
    if (model.spec.securityContext === undefined) return runtime
    return [
      { name: SERVING_CONTAINER, role: 'container', spec: model.spec, field: 'model', index: 0 },
      ...custom,
    ]
  }
  const runtimeContainers = containersOf(asObject(path(runtime.raw, 'spec')) ?? {})
  const serving =
    runtimeContainers.find((container) => container.name === SERVING_CONTAINER) ?? runtimeContainers[0]
  if (serving === undefined) return { missing: `its ServingRuntime ${runtime.name} has no container` }
  const merged: PodContainer = { ...serving, spec: mergedContainer(serving.spec, model.spec) }
  return [merged, ...runtimeContainers.filter((container) => container !== serving), ...custom]
}

const VISIBILITY_LABELS = ['networking.knative.dev/visibility', 'serving.knative.dev/visibility']

/** An InferenceService's predictor as it will run, with its ServingRuntime (from the input) merged in. */
export function inferenceServiceOf(isvc: K8sObject, runtimes: readonly K8sObject[]): ServingWorkload {
  const predictor = asObject(path(isvc.raw, 'spec', 'predictor'))
  const labels = labelsOf(path(isvc.raw, 'metadata', 'labels'))
  const annotations = labelsOf(path(isvc.raw, 'metadata', 'annotations'))
  const containers = predictorContainers(isvc, predictor, runtimes)
  const server =
    'missing' in containers ? undefined : containers.map(modelServerOf).find((found) => found !== undefined)
  const mode = annotations['serving.kserve.io/deploymentMode']
  const logger = asObject(predictor?.logger)
  const model = modelSpecOf(predictor)
  return {
    object: isvc,
    namespace: isvc.namespace ?? 'default',
    // KServe labels predictor pods with the InferenceService's name and component, and propagates its labels.
    podLabels: {
      ...labels,
      'serving.kserve.io/inferenceservice': isvc.name,
      component: 'predictor',
      app: `isvc.${isvc.name}-predictor`,
    },
    annotations,
    podSpec: { securityContext: predictor?.securityContext },
    containers,
    server,
    kserve: {
      serverless: mode !== 'RawDeployment' && mode !== 'ModelMesh',
      clusterLocal: VISIBILITY_LABELS.some((label) => labels[label] === 'cluster-local'),
      exposed: labels['networking.kserve.io/visibility'] === 'exposed',
      logger:
        logger === undefined
          ? undefined
          : { mode: asString(logger.mode) ?? 'all', url: asString(logger.url) },
      storageUri: asString(model?.spec.storageUri) ?? asString(predictor?.storageUri),
    },
  }
}

/**
 * Reads the inputs into endpoints: serving config files (each endpoint entry one record), Kubernetes
 * manifests and `kubectl get -o json` Lists (each object one record), or a live cluster with --from-cluster.
 * Both file forms may be given together; a document is a serving config when it holds an `endpoints` list.
 */
import type { Reporter } from '#shared/io/index.ts'
import type { ResourceDetails } from '#shared/ocsf/index.ts'
import { configSourceName } from '#shared/posture/config-documents.ts'
import {
  checkClusterOrFiles,
  type LiveClusterOptions,
  type LoadedSubject,
  liveObjectsOf,
  type Progress,
  reportObjects,
  type SourcedObject,
} from '#shared/posture/index.ts'
import { collectManifestObjects, readConfigInputs } from '#shared/posture/manifest-objects.ts'
import { collectServingObjects } from './cluster-collector.ts'
import { isServingConfig, readServingConfig } from './config/config-endpoints.ts'
import type { Endpoint, ServingInventory } from './endpoint.ts'
import { kubernetesEndpointsOf } from './kubernetes/kubernetes-endpoints.ts'

const NOT_AN_OBJECT = {
  reason: 'not a serving config or a Kubernetes object',
  detail: 'no endpoints list and no kind',
}

async function readFiles(inputs: readonly string[], reporter: Reporter) {
  const endpoints: Endpoint[] = []
  const objects: SourcedObject[] = []
  await readConfigInputs(inputs, reporter, (document, source) => {
    if (!isServingConfig(document.value)) {
      collectManifestObjects(document, source, reporter, NOT_AN_OBJECT, objects)
      return
    }
    for (const entry of readServingConfig(document, source)) {
      reporter.read += 1
      if (entry.kind === 'invalid') {
        reporter.skip(
          { source, line: entry.line },
          'endpoint does not match the serving config schema',
          entry.reason,
        )
        continue
      }
      reporter.processed += 1
      endpoints.push(entry.endpoint)
    }
  })
  return { endpoints, objects }
}

export async function loadEndpoints(
  options: LiveClusterOptions,
  inputs: readonly string[],
  progress: Progress,
  reporter: Reporter,
  time: number,
): Promise<LoadedSubject<ServingInventory>> {
  checkClusterOrFiles(
    options,
    inputs,
    'give serving config or Kubernetes manifest files (- for standard input), or --from-cluster',
  )
  let endpoints: Endpoint[] = []
  let objects: SourcedObject[]
  let sectionErrors: Record<string, string> = {}
  let scope: ResourceDetails
  let logSource: string | undefined
  if (options.fromCluster === true) {
    const collection = await collectServingObjects(options, progress)
    objects = liveObjectsOf(collection, reporter)
    sectionErrors = collection.sectionErrors
    scope = collection.scope
  } else {
    const read = await readFiles(inputs, reporter)
    endpoints = read.endpoints
    objects = read.objects
    logSource = inputs.map(configSourceName).join(', ')
    scope = { uid: logSource, name: logSource, type: 'Model serving configuration' }
  }
  const kubernetes = kubernetesEndpointsOf(objects)
  reportObjects(reporter, kubernetes, sectionErrors)
  return {
    subject: { endpoints: [...endpoints, ...kubernetes.endpoints], scope },
    sectionErrors,
    time,
    scope,
    logSource,
  }
}

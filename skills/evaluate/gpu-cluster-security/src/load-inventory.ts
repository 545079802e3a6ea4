/**
 * Reads the inputs into the GPU inventory: GPU cluster config files (each node, workload and namespace entry
 * one record), Kubernetes manifests and `kubectl get -o json` Lists (each object one record), or a live
 * cluster with --from-cluster. Both file forms may be given together and add up.
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
import { collectGpuObjects } from './cluster-collector.ts'
import { type ConfigRead, composeInventory } from './compose-inventory.ts'
import { configNamespacesOf, type Entry, isGpuConfig, readGpuConfig } from './config/config-inventory.ts'
import type { GpuInventory } from './inventory.ts'
import { kubernetesInventoryOf } from './kubernetes/kubernetes-inventory.ts'

const NOT_AN_OBJECT = {
  reason: 'not a GPU cluster config or a Kubernetes object',
  detail: 'no nodes or workloads, and no kind',
}

/** Counts each entry as a record, keeps the valid ones and warns about the rest. */
function accept<Value>(
  entries: readonly Entry<Value>[],
  source: string,
  what: string,
  reporter: Reporter,
): Value[] {
  const values: Value[] = []
  for (const entry of entries) {
    reporter.read += 1
    if (entry.kind === 'invalid')
      reporter.skip(
        { source, line: entry.line },
        `${what} does not match the GPU cluster config schema`,
        entry.reason,
      )
    else {
      reporter.processed += 1
      values.push(entry.value)
    }
  }
  return values
}

async function readFiles(inputs: readonly string[], reporter: Reporter) {
  const objects: SourcedObject[] = []
  const config: ConfigRead = { nodes: [], workloads: [], namespaces: [], parts: [] }
  await readConfigInputs(inputs, reporter, (document, source) => {
    if (!isGpuConfig(document.value)) {
      collectManifestObjects(document, source, reporter, NOT_AN_OBJECT, objects)
      return
    }
    const parts = readGpuConfig(document, source)
    const workloads = accept(parts.workloads, source, 'workload', reporter)
    config.nodes.push(...accept(parts.nodes, source, 'node', reporter))
    config.workloads.push(...workloads)
    config.namespaces.push(
      ...configNamespacesOf(accept(parts.namespaces, source, 'namespace', reporter), workloads, source),
    )
    config.parts.push(parts)
  })
  return { objects, config }
}

export async function loadInventory(
  options: LiveClusterOptions,
  inputs: readonly string[],
  progress: Progress,
  reporter: Reporter,
  time: number,
): Promise<LoadedSubject<GpuInventory>> {
  checkClusterOrFiles(
    options,
    inputs,
    'give GPU cluster config or Kubernetes manifest files (- for standard input), or --from-cluster',
  )
  let objects: SourcedObject[]
  let config: ConfigRead = { nodes: [], workloads: [], namespaces: [], parts: [] }
  let sectionErrors: Record<string, string> = {}
  let scope: ResourceDetails
  let logSource: string | undefined
  if (options.fromCluster === true) {
    const collection = await collectGpuObjects(options, progress)
    objects = liveObjectsOf(collection, reporter)
    sectionErrors = collection.sectionErrors
    scope = collection.scope
  } else {
    const read = await readFiles(inputs, reporter)
    objects = read.objects
    config = read.config
    logSource = inputs.map(configSourceName).join(', ')
    scope = { uid: logSource, name: logSource, type: 'GPU cluster configuration' }
  }
  const kubernetes = kubernetesInventoryOf(objects)
  reportObjects(reporter, kubernetes, sectionErrors)
  const subject = composeInventory(kubernetes, config, scope, time, logSource)
  return { subject, sectionErrors, time, scope, logSource }
}

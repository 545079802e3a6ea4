/**
 * Reads the inputs into the GPU inventory: GPU cluster config files (each node, workload and namespace entry
 * one record), Kubernetes manifests and `kubectl get -o json` Lists (each object one record), or a live
 * cluster with --from-cluster. Both file forms may be given together and add up.
 */
import { UsageError } from '#shared/errors/index.ts'
import type { Reporter } from '#shared/io/index.ts'
import type { ResourceDetails } from '#shared/ocsf/index.ts'
import {
  type ClusterOptions,
  collectManifestObjects,
  configSourceName,
  type LoadedSubject,
  type Progress,
  readConfigInputs,
  type SourcedObject,
} from '#shared/posture/index.ts'
import { collectGpuObjects } from './cluster-collector.ts'
import { type ConfigRead, composeInventory } from './compose-inventory.ts'
import { configNamespacesOf, type Entry, isGpuConfig, readGpuConfig } from './config/config-inventory.ts'
import type { GpuInventory } from './inventory.ts'
import { kubernetesInventoryOf } from './kubernetes/kubernetes-inventory.ts'

export interface LoadOptions extends ClusterOptions {
  readonly fromCluster?: boolean
}

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
  options: LoadOptions,
  inputs: readonly string[],
  progress: Progress,
  reporter: Reporter,
  time: number,
): Promise<LoadedSubject<GpuInventory>> {
  if (options.fromCluster === true && inputs.length > 0)
    throw new UsageError('--from-cluster reads the live cluster: give no files with it')
  if (options.fromCluster !== true && inputs.length === 0)
    throw new UsageError(
      'give GPU cluster config or Kubernetes manifest files (- for standard input), or --from-cluster',
    )
  let objects: SourcedObject[]
  let config: ConfigRead = { nodes: [], workloads: [], namespaces: [], parts: [] }
  let sectionErrors: Record<string, string> = {}
  let scope: ResourceDetails
  let logSource: string | undefined
  if (options.fromCluster === true) {
    const collection = await collectGpuObjects(options, progress)
    objects = collection.objects.map((value) => ({ value, source: {} }))
    sectionErrors = collection.sectionErrors
    scope = collection.scope
    reporter.read += objects.length
    for (const resource of collection.notServed)
      reporter.note(`${resource} not served (its CRD is not installed)`)
  } else {
    const read = await readFiles(inputs, reporter)
    objects = read.objects
    config = read.config
    logSource = inputs.map(configSourceName).join(', ')
    scope = { uid: logSource, name: logSource, type: 'GPU cluster configuration' }
  }
  const kubernetes = kubernetesInventoryOf(objects)
  reporter.processed += kubernetes.processed
  for (const [reason, count] of kubernetes.dropped) reporter.drop(reason, count)
  for (const [section, error] of Object.entries(sectionErrors)) reporter.note(`${section}: ${error}`)
  const subject = composeInventory(kubernetes, config, scope, time, logSource)
  return { subject, sectionErrors, time, scope, logSource }
}

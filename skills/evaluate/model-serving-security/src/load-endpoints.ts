/**
 * Reads the inputs into endpoints: serving config files (each endpoint entry one record), Kubernetes
 * manifests and `kubectl get -o json` Lists (each object one record), or a live cluster with --from-cluster.
 * Both file forms may be given together; a document is a serving config when it holds an `endpoints` list.
 */
import { UsageError } from '#shared/errors/index.ts'
import type { Reporter } from '#shared/io/index.ts'
import { asArray, asObject, asString } from '#shared/json/index.ts'
import type { ResourceDetails } from '#shared/ocsf/index.ts'
import {
  type ClusterOptions,
  type ConfigDocument,
  configSourceName,
  type LoadedSubject,
  type NodePath,
  type Progress,
  parseConfigDocuments,
  readConfigText,
} from '#shared/posture/index.ts'
import { collectServingObjects } from './cluster-collector.ts'
import { isServingConfig, readServingConfig } from './config/config-endpoints.ts'
import type { Endpoint, ServingInventory } from './endpoint.ts'
import { kubernetesEndpointsOf } from './kubernetes/kubernetes-endpoints.ts'
import type { SourcedObject } from './kubernetes/serving-objects.ts'

export interface LoadOptions extends ClusterOptions {
  readonly fromCluster?: boolean
}

/** Kubernetes objects of a document: one object, a List (`kubectl get -o json`), or a bare array of objects. */
function collectObjects(
  value: unknown,
  document: ConfigDocument,
  nodePath: NodePath,
  source: string,
  reporter: Reporter,
  objects: SourcedObject[],
): void {
  const line = document.lineAt(nodePath) ?? document.line
  const object = asObject(value)
  const kind = asString(object?.kind)
  const members = Array.isArray(value)
    ? value
    : kind?.endsWith('List') === true
      ? asArray(object?.items)
      : undefined
  if (members !== undefined) {
    const base = Array.isArray(value) ? nodePath : [...nodePath, 'items']
    for (const [index, member] of members.entries())
      collectObjects(member, document, [...base, index], source, reporter, objects)
    return
  }
  reporter.read += 1
  if (object === undefined || kind === undefined) {
    reporter.skip(
      { source, line },
      'not a serving config or a Kubernetes object',
      'no endpoints list and no kind',
    )
    return
  }
  objects.push({ value: object, source: { file: source, line } })
}

async function readFiles(inputs: readonly string[], reporter: Reporter) {
  const endpoints: Endpoint[] = []
  const objects: SourcedObject[] = []
  for (const input of inputs) {
    const source = configSourceName(input)
    for (const parsed of parseConfigDocuments(await readConfigText(input))) {
      if (parsed.kind === 'malformed') {
        reporter.read += 1
        reporter.skip({ source, line: parsed.line }, 'malformed YAML or JSON', parsed.reason)
        continue
      }
      if (!isServingConfig(parsed.document.value)) {
        collectObjects(parsed.document.value, parsed.document, [], source, reporter, objects)
        continue
      }
      for (const entry of readServingConfig(parsed.document, source)) {
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
    }
  }
  return { endpoints, objects }
}

export async function loadEndpoints(
  options: LoadOptions,
  inputs: readonly string[],
  progress: Progress,
  reporter: Reporter,
  time: number,
): Promise<LoadedSubject<ServingInventory>> {
  if (options.fromCluster === true && inputs.length > 0)
    throw new UsageError('--from-cluster reads the live cluster: give no files with it')
  if (options.fromCluster !== true && inputs.length === 0)
    throw new UsageError(
      'give serving config or Kubernetes manifest files (- for standard input), or --from-cluster',
    )
  let endpoints: Endpoint[] = []
  let objects: SourcedObject[]
  let sectionErrors: Record<string, string> = {}
  let scope: ResourceDetails
  let logSource: string | undefined
  if (options.fromCluster === true) {
    const collection = await collectServingObjects(options, progress)
    objects = collection.objects.map((value) => ({ value, source: {} }))
    sectionErrors = collection.sectionErrors
    scope = collection.scope
    reporter.read += objects.length
    for (const resource of collection.notServed)
      reporter.note(`${resource} not served (its CRD is not installed)`)
  } else {
    const read = await readFiles(inputs, reporter)
    endpoints = read.endpoints
    objects = read.objects
    logSource = inputs.map(configSourceName).join(', ')
    scope = { uid: logSource, name: logSource, type: 'Model serving configuration' }
  }
  const kubernetes = kubernetesEndpointsOf(objects)
  reporter.processed += kubernetes.processed
  for (const [reason, count] of kubernetes.dropped) reporter.drop(reason, count)
  for (const [section, error] of Object.entries(sectionErrors)) reporter.note(`${section}: ${error}`)
  return {
    subject: { endpoints: [...endpoints, ...kubernetes.endpoints], scope },
    sectionErrors,
    time,
    scope,
    logSource,
  }
}

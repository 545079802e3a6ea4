/**
 * Where the inventory comes from: manifest and `kubectl get -o json` files, or a live cluster; plus a
 * kube-apiserver command line given on its own. Every object read is accounted for on the reporter.
 */
import { InputError, UsageError } from '#shared/errors/index.ts'
import type { Reporter } from '#shared/io/index.ts'
import type { ResourceDetails } from '#shared/ocsf/index.ts'
import { configSourceName, readConfigText } from '#shared/posture/config-documents.ts'
import {
  type LiveClusterOptions,
  type LoadedSubject,
  liveObjectsOf,
  type Progress,
  reportObjects,
  type SourcedObject,
} from '#shared/posture/index.ts'
import { type ApiServerCommand, apiServerCommandOfText } from './apiserver-command.ts'
import { collectCluster } from './cluster-collector.ts'
import { buildInventory, type Inventory } from './inventory.ts'
import { readManifests } from './manifest-reader.ts'

export interface InventoryOptions extends LiveClusterOptions {
  readonly apiserverCmdline?: string
}

async function readApiServerCommand(file: string, reporter: Reporter): Promise<ApiServerCommand> {
  const source = configSourceName(file)
  const command = apiServerCommandOfText(await readConfigText(file), source)
  if (command === undefined) throw new InputError(`${source}: holds no kube-apiserver command line`)
  reporter.read += 1
  reporter.processed += 1
  return command
}

function filesScope(inputs: readonly string[]): ResourceDetails {
  const names = inputs.map(configSourceName).join(', ')
  return { uid: names, name: names, type: 'Kubernetes manifests' }
}

export async function loadInventory(
  options: InventoryOptions,
  inputs: readonly string[],
  progress: Progress,
  reporter: Reporter,
  time: number,
): Promise<LoadedSubject<Inventory>> {
  if (options.fromCluster === true && inputs.length > 0)
    throw new UsageError('--from-cluster reads the live cluster: give no files with it')
  if (options.fromCluster !== true && inputs.length === 0 && options.apiserverCmdline === undefined)
    throw new UsageError(
      'give manifest or `kubectl get -o json` files (- for standard input), or --from-cluster',
    )
  const apiServers =
    options.apiserverCmdline === undefined
      ? []
      : [await readApiServerCommand(options.apiserverCmdline, reporter)]
  let objects: SourcedObject[]
  let sectionErrors: Record<string, string> = {}
  let scope: ResourceDetails
  let logSource: string | undefined
  if (options.fromCluster === true) {
    const collection = await collectCluster(options, progress)
    objects = liveObjectsOf(collection, reporter)
    sectionErrors = collection.sectionErrors
    scope = collection.scope
  } else {
    objects = await readManifests(inputs, reporter)
    const files = inputs.length > 0 ? inputs : [options.apiserverCmdline ?? '']
    scope = filesScope(files)
    logSource = files.map(configSourceName).join(', ')
  }
  const build = buildInventory(objects, apiServers, scope)
  reportObjects(reporter, build, sectionErrors)
  return { subject: build.inventory, sectionErrors, time, scope, logSource }
}

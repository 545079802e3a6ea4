/**
 * The live-cluster side of a Kubernetes posture skill that also reads files: the options that choose it,
 * and how a collection and the objects built from it are accounted for on the reporter.
 */
import type { Command } from 'commander'
import { UsageError } from '../errors/index.ts'
import type { Reporter } from '../io/index.ts'
import type { ClusterCollection, ClusterOptions } from './cluster-lists.ts'
import type { SourcedObject } from './kubernetes-objects.ts'

export interface LiveClusterOptions extends ClusterOptions {
  readonly fromCluster?: boolean
}

/** --from-cluster, and the kubeconfig and context it reads with. */
export function addClusterOptions(command: Command): Command {
  return command
    .option('--from-cluster', 'read the live cluster of the kubeconfig (list calls only) instead of files')
    .option('--kubeconfig <file>', 'the kubeconfig for --from-cluster (default: $KUBECONFIG, ~/.kube/config)')
    .option('--context <name>', 'the kubeconfig context for --from-cluster (default: its current context)')
}

/** Files and --from-cluster exclude each other, and one of them is needed; `noInput` says what to give. */
export function checkClusterOrFiles(
  options: LiveClusterOptions,
  inputs: readonly string[],
  noInput: string,
): void {
  if (options.fromCluster === true && inputs.length > 0)
    throw new UsageError('--from-cluster reads the live cluster: give no files with it')
  if (options.fromCluster !== true && inputs.length === 0) throw new UsageError(noInput)
}

/** The collected objects, each one record read, and a note for each custom resource whose CRD is not installed. */
export function liveObjectsOf(collection: ClusterCollection, reporter: Reporter): SourcedObject[] {
  const objects = collection.objects.map((value) => ({ value, source: {} }))
  reporter.read += objects.length
  for (const resource of collection.notServed)
    reporter.note(`${resource} not served (its CRD is not installed)`)
  return objects
}

/** What building the subject made of the objects, and the sections that could not be collected. */
export function reportObjects(
  reporter: Reporter,
  built: { readonly processed: number; readonly dropped: ReadonlyMap<string, number> },
  sectionErrors: Readonly<Record<string, string>>,
): void {
  reporter.processed += built.processed
  for (const [reason, count] of built.dropped) reporter.drop(reason, count)
  for (const [section, error] of Object.entries(sectionErrors)) reporter.note(`${section}: ${error}`)
}

/**
 * Where the environment comes from: a configuration file or snapshot (one document), or a live collection;
 * and when it was observed: the description's own time, else --observed-at, else the run's start.
 */
import { InputError, UsageError } from '#shared/errors/index.ts'
import type { Reporter } from '#shared/io/index.ts'
import { formatTime } from '#shared/ocsf/index.ts'
import { configSourceName, parseConfigDocuments, readConfigText } from '#shared/posture/config-documents.ts'
import { collectEnvironment, type LiveTarget } from './collect/collect-environment.ts'
import type { Environment } from './environment.ts'
import { type ReadEnvironment, readEnvironmentDocument } from './read-environment.ts'

export interface LoadedEnvironment extends ReadEnvironment {
  readonly observedAt: string
  readonly logSource?: string
}

export async function readEnvironmentFile(path: string, reporter: Reporter): Promise<ReadEnvironment> {
  const source = configSourceName(path)
  const documents = parseConfigDocuments(await readConfigText(path))
  const [first, ...rest] = documents
  if (first === undefined) throw new InputError(`${source}: holds no environment description`)
  if (first.kind === 'malformed')
    throw new InputError(`${source}:${first.line}: malformed YAML or JSON (${first.reason})`)
  if (rest.length > 0)
    throw new InputError(`${source}: holds ${documents.length} documents; give one environment a file`)
  return readEnvironmentDocument(first.document, source, reporter)
}

export interface LoadOptions {
  readonly inputs: readonly string[]
  readonly live?: LiveTarget
  /** --observed-at, in epoch milliseconds. */
  readonly observedAt?: number
  /** The run's start: a live collection's time, and a file's when nothing else says. */
  readonly now: number
}

export async function loadEnvironment(
  options: LoadOptions,
  reporter: Reporter,
  progress: (step: string) => void,
): Promise<LoadedEnvironment> {
  if (options.live !== undefined) {
    if (options.inputs.length > 0) throw new UsageError('--provider collects live: give no file with it')
    if (options.observedAt !== undefined)
      throw new UsageError('--observed-at applies to files: a live collection is observed now')
    const snapshot = await collectEnvironment(options.live, options.now, progress)
    const environment: Environment = snapshot.data
    reporter.read += environment.resources.length + environment.relationships.length
    reporter.processed += environment.resources.length + environment.relationships.length
    return { environment, observedAt: snapshot.collected_at, notes: Object.values(snapshot.errors) }
  }
  if (options.inputs.length !== 1)
    throw new UsageError(
      'give one environment file or snapshot (- for standard input), or --provider aws|gcp|azure',
    )
  const [path] = options.inputs as [string]
  const read = await readEnvironmentFile(path, reporter)
  const observedAt = read.observedAt ?? formatTime(options.observedAt ?? options.now)
  if (read.observedAt !== undefined && options.observedAt !== undefined)
    throw new UsageError(`${configSourceName(path)} states its own time; --observed-at would contradict it`)
  return { ...read, observedAt, logSource: configSourceName(path) }
}

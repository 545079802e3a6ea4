/**
 * The harness of a posture skill that evaluates snapshots of a cloud account: `evaluate --snapshot <file>`
 * reads one offline, `evaluate` with no snapshot collects live first, and `collect` writes a snapshot only.
 * The controls see the snapshot's data and its collection time, never the clock.
 */
import type { Command } from 'commander'
import { UsageError } from '../errors/index.ts'
import type { z } from '../json/zod.ts'
import type { Benchmark, Cloud, ResourceDetails } from '../ocsf/index.ts'
import { parseEventTime } from '../ocsf/index.ts'
import type { PostureControl } from './control.ts'
import type { Progress } from './progress.ts'
import { type LoadedSubject, type PostureOptions, runPostureSkill } from './run-posture-skill.ts'
import { readSnapshot, type SnapshotFile, serialiseSnapshot } from './snapshot-file.ts'

/** What the controls evaluate. */
export interface SnapshotSubject<Data> {
  readonly data: Data
  /** Epoch milliseconds of the collection: ages are measured from it, never from the clock. */
  readonly collectedAt: number
}

/** A skill's snapshots: their kind and data schema, and what a snapshot names as a whole. */
export interface SnapshotKind<Data> {
  readonly kind: string
  /** The data schema, loaded when a snapshot is read: zod stays out of --help and --version. */
  loadSchema(): Promise<z.ZodType<Data>>
  /** The account, project or subscription as a resource: the scope of scope-wide outcomes. */
  resource(data: Data): ResourceDetails
  cloud(data: Data): Cloud
}

export interface SnapshotOptions extends PostureOptions {
  snapshot?: string
}

export interface SnapshotSkill<Options extends SnapshotOptions, Data> {
  readonly name: string
  readonly description: string
  readonly benchmark: Benchmark
  readonly controls: readonly PostureControl<SnapshotSubject<Data>>[]
  readonly snapshots: SnapshotKind<Data>
  /** Adds the live-collection options, to evaluate and collect alike. */
  addCollectOptions(command: Command): void
  /** The live-collection options as users write them, e.g. "--project and --api-endpoint". */
  readonly collectOptionNames: string
  /** Whether any live-collection option was given: they do not go with --snapshot. */
  collectOptionsGiven(options: Options): boolean
  collect(options: Options, progress: Progress): Promise<SnapshotFile<Data>>
}

/** A snapshot as what the controls evaluate; `logSource` is its file, or undefined for a live collection. */
export function snapshotSubject<Data>(
  snapshot: SnapshotFile<Data>,
  logSource: string | undefined,
  snapshots: SnapshotKind<Data>,
): LoadedSubject<SnapshotSubject<Data>> {
  // readSnapshot has checked collected_at; a live collection wrote it from the clock.
  const collectedAt = parseEventTime(snapshot.collected_at) as number
  return {
    subject: { data: snapshot.data, collectedAt },
    sectionErrors: snapshot.errors,
    time: collectedAt,
    scope: snapshots.resource(snapshot.data),
    cloud: snapshots.cloud(snapshot.data),
    logSource,
  }
}

async function loadSubject<Options extends SnapshotOptions, Data>(
  skill: SnapshotSkill<Options, Data>,
  options: Options,
  inputs: readonly string[],
  progress: Progress,
): Promise<LoadedSubject<SnapshotSubject<Data>>> {
  if (inputs.length > 0)
    throw new UsageError(`unexpected argument ${inputs[0]}: pass a snapshot with --snapshot <file>`)
  if (options.snapshot === undefined)
    return snapshotSubject(await skill.collect(options, progress), undefined, skill.snapshots)
  if (skill.collectOptionsGiven(options))
    throw new UsageError(`${skill.collectOptionNames} apply to live collection, not to --snapshot`)
  const { kind } = skill.snapshots
  return snapshotSubject(
    await readSnapshot(options.snapshot, kind, await skill.snapshots.loadSchema()),
    options.snapshot,
    skill.snapshots,
  )
}

export function runSnapshotSkill<Options extends SnapshotOptions, Data>(
  skill: SnapshotSkill<Options, Data>,
): Promise<void> {
  return runPostureSkill<Options, SnapshotSubject<Data>>({
    name: skill.name,
    description: skill.description,
    benchmark: skill.benchmark,
    controls: skill.controls,
    configure(command) {
      command.option(
        '--snapshot <file>',
        'evaluate this snapshot (from the collect command) offline, with no credentials',
      )
      skill.addCollectOptions(command)
    },
    load: (options, inputs, progress) => loadSubject(skill, options, inputs, progress),
    collect: {
      configure: (command) => skill.addCollectOptions(command),
      run: async (options, progress) => serialiseSnapshot(await skill.collect(options, progress)),
    },
  })
}

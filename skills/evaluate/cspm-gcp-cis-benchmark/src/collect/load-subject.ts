/** The subject of an evaluation: a snapshot file, or a live collection when no snapshot is given. */
import { UsageError } from '#shared/errors/index.ts'
import { parseEventTime } from '#shared/ocsf/index.ts'
import { type LoadedSubject, readSnapshot, type SnapshotFile } from '#shared/posture/index.ts'
import { SNAPSHOT_KIND } from '../benchmark.ts'
import { GcpSnapshotData } from '../snapshot.ts'
import { type GcpSubject, projectCloud, projectResource } from '../subject.ts'

export interface SubjectSource {
  /** --snapshot: evaluate this file, offline. */
  readonly snapshot?: string
  /** Positional arguments, which this skill does not take. */
  readonly inputs: readonly string[]
  /** Whether live-collection options (--project, --api-endpoint) were given. */
  readonly collectOptions: boolean
}

export function toLoadedSubject(
  snapshot: SnapshotFile<GcpSnapshotData>,
  logSource: string | undefined,
): LoadedSubject<GcpSubject> {
  // readSnapshot has checked collected_at; a live collection wrote it from the clock.
  const collectedAt = parseEventTime(snapshot.collected_at) as number
  return {
    subject: { data: snapshot.data, collectedAt },
    sectionErrors: snapshot.errors,
    time: collectedAt,
    scope: projectResource(snapshot.data),
    cloud: projectCloud(snapshot.data),
    logSource,
  }
}

export async function loadSubject(
  source: SubjectSource,
  collect: () => Promise<SnapshotFile<GcpSnapshotData>>,
): Promise<LoadedSubject<GcpSubject>> {
  if (source.inputs.length > 0)
    throw new UsageError(`unexpected argument ${source.inputs[0]}: pass a snapshot with --snapshot <file>`)
  if (source.snapshot === undefined) return toLoadedSubject(await collect(), undefined)
  if (source.collectOptions)
    throw new UsageError('--project and --api-endpoint apply to live collection, not to --snapshot')
  return toLoadedSubject(await readSnapshot(source.snapshot, SNAPSHOT_KIND, GcpSnapshotData), source.snapshot)
}

/**
 * Which trails satisfy the benchmark's "CloudTrail enabled in all regions" (3.1), which the monitoring
 * controls (4.x) build on: multi-region, logging, and recording every management event, read and write.
 */
import type { ControlOutcome } from '#shared/posture/index.ts'
import { collectionFailed, orNotApplicable } from './outcomes.ts'
import type { AwsSnapshotData, Trail } from './snapshot.ts'
import { accountCloud, accountRegionResource, accountResource } from './subject.ts'

/** True when one selector records management events of both kinds; undefined when the selectors were not read. */
export function recordsAllManagementEvents(trail: Trail): boolean | undefined {
  if (trail.advancedEventSelectors !== null && trail.advancedEventSelectors.length > 0) {
    // Any other field selector (readOnly, eventSource NotEquals ...) narrows the events recorded.
    return trail.advancedEventSelectors.some(
      ({ fieldSelectors }) =>
        fieldSelectors.length === 1 &&
        fieldSelectors[0]?.field === 'eventCategory' &&
        (fieldSelectors[0].equals ?? []).includes('Management'),
    )
  }
  if (trail.eventSelectors === null) return undefined
  return trail.eventSelectors.some(
    (selector) => selector.includeManagementEvents === true && selector.readWriteType === 'All',
  )
}

export interface TrailCoverage {
  /** Trails that satisfy 3.1. */
  readonly qualifying: Trail[]
  /** Why each multi-region trail falls short, or that there is none. */
  readonly shortfalls: string[]
  /** What could not be collected and might have changed the answer. */
  readonly unknowns: string[]
}

function regionsWithoutTrailList(data: AwsSnapshotData): Array<{ region: string; error: string }> {
  const failed: Array<{ region: string; error: string }> = []
  for (const { region, errors } of data.regions) {
    if (errors?.trails !== undefined) failed.push({ region, error: errors.trails })
  }
  return failed
}

export function trailCoverage(data: AwsSnapshotData): TrailCoverage {
  const qualifying: Trail[] = []
  const shortfalls: string[] = []
  const unknowns: string[] = []
  const failed = regionsWithoutTrailList(data)
  // A multi-region trail is listed in every region, so one region listed is enough to know them all.
  if (failed.length === data.regions.length) {
    unknowns.push(...failed.map(({ region, error }) => `trails of ${region}: ${error}`))
    if (data.regions.length === 0) unknowns.push('no region was listed')
  }
  for (const trail of data.cloudtrail.trails) {
    if (!trail.isMultiRegionTrail) continue
    const management = recordsAllManagementEvents(trail)
    if (trail.isLogging === true && management === true) {
      qualifying.push(trail)
      continue
    }
    if (trail.isLogging === false) shortfalls.push(`${trail.name} is not logging`)
    if (management === false)
      shortfalls.push(`${trail.name} does not record all management events, read and write`)
    if (trail.isLogging === null)
      unknowns.push(`status of ${trail.name}: ${trail.errors?.status ?? 'not collected'}`)
    if (management === undefined)
      unknowns.push(`event selectors of ${trail.name}: ${trail.errors?.eventSelectors ?? 'not collected'}`)
  }
  if (!data.cloudtrail.trails.some((trail) => trail.isMultiRegionTrail))
    shortfalls.push('no trail is multi-region')
  return { qualifying, shortfalls, unknowns }
}

/** An Unknown for each region whose trails could not be listed: a single-region trail homed there was not seen. */
export function unlistedTrailRegions(data: AwsSnapshotData): ControlOutcome[] {
  return regionsWithoutTrailList(data).map(({ region, error }) =>
    collectionFailed(accountRegionResource(data, region), accountCloud(data, region), [
      `trails of ${region}: ${error}`,
    ]),
  )
}

/** One outcome per trail from `judge`, the regions whose trails are unknown, or Not Applicable with no trail. */
export function perTrail(data: AwsSnapshotData, judge: (trail: Trail) => ControlOutcome): ControlOutcome[] {
  const outcomes = [...data.cloudtrail.trails.map(judge), ...unlistedTrailRegions(data)]
  return orNotApplicable(
    outcomes,
    accountResource(data),
    accountCloud(data),
    'The account has no CloudTrail trail.',
  )
}

/** Bucket name to the trails that deliver to it. */
export function trailBuckets(data: AwsSnapshotData): Map<string, string[]> {
  const buckets = new Map<string, string[]>()
  for (const trail of data.cloudtrail.trails) {
    if (trail.s3BucketName === null) continue
    buckets.set(trail.s3BucketName, [...(buckets.get(trail.s3BucketName) ?? []), trail.name])
  }
  return buckets
}

/** Controls over a regional inventory (VPCs, security groups): an Unknown for each region where it was not read. */
import type { ControlOutcome } from '#shared/posture/index.ts'
import { collectionFailed } from './outcomes.ts'
import type { AwsSnapshotData, RegionConfig } from './snapshot.ts'
import { accountCloud, accountRegionResource } from './subject.ts'

type RegionalPart = keyof NonNullable<RegionConfig['errors']>

/**
 * `judge` runs on each region whose `parts` were all collected; every other region gives one Unknown naming
 * what failed there, so a region that could not be read is never counted as clean.
 */
export function perRegion(
  data: AwsSnapshotData,
  parts: readonly RegionalPart[],
  judge: (region: RegionConfig) => ControlOutcome[],
): ControlOutcome[] {
  const outcomes: ControlOutcome[] = []
  for (const region of data.regions) {
    const reasons: string[] = []
    for (const part of parts) {
      const error = region.errors?.[part]
      if (error !== undefined) reasons.push(`${part} of ${region.region}: ${error}`)
    }
    if (reasons.length > 0) {
      outcomes.push(
        collectionFailed(
          accountRegionResource(data, region.region),
          accountCloud(data, region.region),
          reasons,
        ),
      )
    } else {
      outcomes.push(...judge(region))
    }
  }
  return outcomes
}

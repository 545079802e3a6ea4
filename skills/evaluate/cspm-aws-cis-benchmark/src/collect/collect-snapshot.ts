/** A live, read-only collection of everything the controls read, as one snapshot. */
import { formatTime } from '#shared/ocsf/index.ts'
import type { Progress, SnapshotFile } from '#shared/posture/index.ts'
import { SNAPSHOT_KIND } from '../benchmark.ts'
import { SECTIONS } from '../sections.ts'
import type { AwsSnapshotData, RegionConfig } from '../snapshot.ts'
import { mapLimit } from './aws-call.ts'
import type { ClientSettings } from './client-settings.ts'
import { collectAccount, planRegions } from './collect-account.ts'
import { describeTrails, listTrails } from './collect-cloudtrail.ts'
import { collectEc2Region } from './collect-ec2.ts'
import { collectIam, type ReportTiming } from './collect-iam.ts'
import { collectMonitoring } from './collect-monitoring.ts'
import { collectS3 } from './collect-s3.ts'

export interface CollectSettings extends ClientSettings {
  /** Where account-wide calls go (STS, IAM, S3's bucket list, DescribeRegions). */
  readonly homeRegion: string
  /** --region: read only these regions. */
  readonly regions?: readonly string[]
  readonly reportTiming: ReportTiming
  /** When the collection started: the snapshot's collected_at. */
  readonly now: number
}

/** Regions read at once; each makes its calls one after another. */
const REGION_CONCURRENCY = 4

/** A region not read: every part of it carries the reason, so its controls say Unknown. */
function skippedRegion(region: string, reason: string): RegionConfig {
  return {
    region,
    ebsEncryptionByDefault: null,
    vpcs: [],
    flowLogs: [],
    securityGroups: [],
    errors: {
      ebsEncryptionByDefault: reason,
      vpcs: reason,
      flowLogs: reason,
      securityGroups: reason,
      trails: reason,
    },
  }
}

export async function collectSnapshot(
  settings: CollectSettings,
  progress: Progress,
): Promise<SnapshotFile<AwsSnapshotData>> {
  const errors: Record<string, string> = {}
  progress.step('caller identity')
  const account = await collectAccount(settings, settings.homeRegion)
  progress.step('regions')
  const plans = await planRegions(settings, settings.homeRegion, settings.regions, errors, SECTIONS.regions)
  const iam = await collectIam(settings, settings.homeRegion, settings.reportTiming, errors, progress)
  const regions = await mapLimit(plans, REGION_CONCURRENCY, async (plan) => {
    if (plan.skipped !== undefined)
      return { config: skippedRegion(plan.region, plan.skipped), listed: undefined }
    progress.step(`EC2 and CloudTrail in ${plan.region}`)
    const ec2 = await collectEc2Region(settings, plan.region)
    const listed = await listTrails(settings, plan.region)
    const regionErrors: RegionConfig['errors'] = { ...ec2.errors }
    if (listed.error !== undefined) regionErrors.trails = listed.error
    const config: RegionConfig = { ...ec2, errors: regionErrors }
    return { config, listed }
  })
  progress.step('CloudTrail trail status and event selectors')
  const trails = await describeTrails(
    settings,
    regions.flatMap(({ listed }) => (listed === undefined ? [] : [listed])),
  )
  const s3 = await collectS3(
    settings,
    settings.homeRegion,
    account,
    trails.flatMap((trail) => (trail.s3BucketName === null ? [] : [trail.s3BucketName])),
    errors,
    progress,
  )
  progress.step('CloudWatch metric filters, alarms and SNS subscriptions')
  const monitoring = await collectMonitoring(settings, trails)
  return {
    kind: SNAPSHOT_KIND,
    collected_at: formatTime(settings.now),
    errors,
    data: {
      account,
      iam,
      s3,
      cloudtrail: { trails },
      monitoring,
      regions: regions.map(({ config }) => config),
    },
  }
}

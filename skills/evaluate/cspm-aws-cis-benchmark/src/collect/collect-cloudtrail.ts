/** CloudTrail: the trails seen from each region, then each trail's status and event selectors from its home region. */
import type { Trail } from '../snapshot.ts'
import { type ApiCall, attempt, mapLimit } from './aws-call.ts'
import { type ClientSettings, clientConfig } from './client-settings.ts'

function call(operation: string): ApiCall {
  return { service: 'AWS CloudTrail', operation, permission: `cloudtrail:${operation}` }
}

type TrailConfig = Omit<Trail, 'isLogging' | 'eventSelectors' | 'advancedEventSelectors' | 'errors'>

export interface RegionTrails {
  readonly trails: TrailConfig[]
  readonly error?: string
}

/**
 * Trails visible from one region: those homed there, and (as shadow trails) every multi-region and
 * organization trail, so a single region's answer already lists all multi-region trails.
 */
export async function listTrails(settings: ClientSettings, region: string): Promise<RegionTrails> {
  const sdk = await import('@aws-sdk/client-cloudtrail')
  const client = new sdk.CloudTrailClient(clientConfig(settings, region))
  const errors: { trails?: string } = {}
  const trails = await attempt(errors, 'trails', call('DescribeTrails'), async () => {
    const { trailList = [] } = await client.send(new sdk.DescribeTrailsCommand({ includeShadowTrails: true }))
    return trailList.map(
      (trail): TrailConfig => ({
        name: trail.Name ?? '',
        trailArn: trail.TrailARN ?? '',
        homeRegion: trail.HomeRegion ?? region,
        isMultiRegionTrail: trail.IsMultiRegionTrail === true,
        isOrganizationTrail: trail.IsOrganizationTrail === true,
        s3BucketName: trail.S3BucketName ?? null,
        logFileValidationEnabled: trail.LogFileValidationEnabled === true,
        kmsKeyId: trail.KmsKeyId ?? null,
        cloudWatchLogsLogGroupArn: trail.CloudWatchLogsLogGroupArn ?? null,
      }),
    )
  })
  client.destroy()
  return { trails: trails ?? [], error: errors.trails }
}

async function describeTrail(settings: ClientSettings, trail: TrailConfig): Promise<Trail> {
  const sdk = await import('@aws-sdk/client-cloudtrail')
  const client = new sdk.CloudTrailClient(clientConfig(settings, trail.homeRegion))
  const errors: NonNullable<Trail['errors']> = {}
  const status = await attempt(errors, 'status', call('GetTrailStatus'), () =>
    client.send(new sdk.GetTrailStatusCommand({ Name: trail.trailArn })),
  )
  const selectors = await attempt(errors, 'eventSelectors', call('GetEventSelectors'), () =>
    client.send(new sdk.GetEventSelectorsCommand({ TrailName: trail.trailArn })),
  )
  client.destroy()
  return {
    ...trail,
    isLogging: status === undefined ? null : status.IsLogging === true,
    eventSelectors:
      selectors?.EventSelectors?.map((selector) => ({
        readWriteType: selector.ReadWriteType ?? null,
        includeManagementEvents: selector.IncludeManagementEvents ?? null,
      })) ?? (selectors === undefined ? null : []),
    advancedEventSelectors:
      selectors?.AdvancedEventSelectors?.map((selector) => ({
        fieldSelectors: (selector.FieldSelectors ?? []).map((field) => ({
          field: field.Field ?? '',
          equals: field.Equals,
          notEquals: field.NotEquals,
        })),
      })) ?? null,
    errors,
  }
}

/** The trails of every region, each once (by ARN, sorted), with status and selectors. */
export async function describeTrails(
  settings: ClientSettings,
  listed: readonly RegionTrails[],
): Promise<Trail[]> {
  const unique = new Map<string, TrailConfig>()
  for (const { trails } of listed) {
    for (const trail of trails) if (!unique.has(trail.trailArn)) unique.set(trail.trailArn, trail)
  }
  const trails = [...unique.values()].sort((a, b) => a.trailArn.localeCompare(b.trailArn))
  return mapLimit(trails, 4, (trail) => describeTrail(settings, trail))
}

/**
 * The skill's one AWS call: CloudTrail LookupEvents over a time window, page after page until the last,
 * each page handed on as soon as it arrives. The SDK is imported here, inside the live path only, so a
 * file run neither loads it nor touches the network.
 */
import type { Event } from '@aws-sdk/client-cloudtrail'
import { type CloudCall, type TimeWindow, toServiceError } from '#shared/cloud/index.ts'
import { compact, type JsonObject } from '#shared/json/index.ts'

/** How records of a live pull are located in warnings: `cloudtrail:LookupEvents record 12`. */
export const LOOKUP_EVENTS_SOURCE = 'cloudtrail:LookupEvents'

const LOOKUP_EVENTS_CALL: CloudCall = {
  service: 'AWS CloudTrail',
  operation: 'LookupEvents',
  permission: 'cloudtrail:LookupEvents',
  credentialsHint:
    'credentials allowed cloudtrail:LookupEvents, from the AWS default chain: environment variables, --profile or AWS_PROFILE, SSO, or an instance or container role',
}

/**
 * LookupEvents allows two calls a second per account and Region. The SDK's standard retry mode backs off
 * exponentially with jitter on throttling (up to 20 seconds a wait); eight attempts ride out about a minute.
 */
const MAX_ATTEMPTS = 8

/** The most events LookupEvents returns in one page. */
const PAGE_SIZE = 50

export interface LookupEventsTarget {
  readonly profile?: string
  readonly region?: string
  /** Another endpoint than the Region's (a VPC endpoint, or a local server in tests). */
  readonly endpoint?: string
}

/** The SDK's Event as the JSON the API sends, so live records read exactly like saved LookupEvents output. */
function toLookupRecord(event: Event): JsonObject {
  return compact({
    EventId: event.EventId,
    EventName: event.EventName,
    ReadOnly: event.ReadOnly,
    AccessKeyId: event.AccessKeyId,
    EventTime: event.EventTime?.toISOString(),
    EventSource: event.EventSource,
    Username: event.Username,
    Resources: event.Resources,
    CloudTrailEvent: event.CloudTrailEvent,
  })
}

export async function* lookupEventPages(
  target: LookupEventsTarget,
  window: TimeWindow,
): AsyncGenerator<JsonObject[]> {
  const { CloudTrailClient, paginateLookupEvents } = await import('@aws-sdk/client-cloudtrail')
  const client = new CloudTrailClient(
    compact({
      profile: target.profile,
      region: target.region,
      endpoint: target.endpoint,
      maxAttempts: MAX_ATTEMPTS,
      retryMode: 'standard',
    }),
  )
  try {
    const pages = paginateLookupEvents(
      { client, pageSize: PAGE_SIZE },
      { StartTime: new Date(window.start), EndTime: new Date(window.end) },
    )
    for await (const page of pages) yield (page.Events ?? []).map(toLookupRecord)
  } catch (error) {
    throw toServiceError(LOOKUP_EVENTS_CALL, error)
  } finally {
    client.destroy()
  }
}

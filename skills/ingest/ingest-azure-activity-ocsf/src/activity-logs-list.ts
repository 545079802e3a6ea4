/**
 * The skill's one Azure call: Activity Logs - List for one subscription over a time window, page after page
 * (nextLink) until the last, each page handed on as soon as it arrives. The SDK is imported here, inside
 * the live path only, so a file run neither loads it nor touches the network.
 */
import { type CloudCall, type TimeWindow, toServiceError } from '#shared/cloud/index.ts'
import { formatTime } from '#shared/ocsf/index.ts'

/** How records of a live pull are located in warnings: `monitor:activityLogs.list record 12`. */
export const ACTIVITY_LOGS_SOURCE = 'monitor:activityLogs.list'

const DEFAULT_ARM_ENDPOINT = 'https://management.azure.com'

const ACTIVITY_LOGS_CALL: CloudCall = {
  service: 'Azure Monitor',
  operation: 'Activity Logs - List',
  permission:
    'Microsoft.Insights/eventtypes/values/read on the subscription (in the Reader and Monitoring Reader roles)',
  credentialsHint:
    'DefaultAzureCredential: AZURE_TENANT_ID, AZURE_CLIENT_ID and a secret or certificate, workload identity, a managed identity, or `az login`',
}

/**
 * The client's own retry, configured: Resource Manager throttles reads per subscription and answers 429
 * with Retry-After, which the SDK's throttling policy waits out; other transient failures are retried six
 * times with exponential backoff from one second, up to a minute a wait.
 */
const RETRY_OPTIONS = { maxRetries: 6, retryDelayInMs: 1000, maxRetryDelayInMs: 60_000 }

export interface ActivityLogsTarget {
  readonly subscription: string
  /** Another Resource Manager endpoint than the public cloud's (a sovereign cloud, or a local server in tests). */
  readonly endpoint?: string
}

/** The one filter shape the API accepts for a subscription and a time range. */
export function activityLogFilter(window: TimeWindow): string {
  return `eventTimestamp ge '${formatTime(window.start)}' and eventTimestamp le '${formatTime(window.end)}'`
}

/** The SDK's EventData as the JSON the API sends (its Date members back to RFC 3339 text). */
function toJson(event: unknown): unknown {
  return JSON.parse(JSON.stringify(event)) as unknown
}

export async function* activityLogPages(
  target: ActivityLogsTarget,
  window: TimeWindow,
): AsyncGenerator<unknown[]> {
  try {
    const [{ MonitorClient }, { DefaultAzureCredential }] = await Promise.all([
      import('@azure/arm-monitor'),
      import('@azure/identity'),
    ])
    const endpoint = target.endpoint ?? DEFAULT_ARM_ENDPOINT
    const client = new MonitorClient(new DefaultAzureCredential(), target.subscription, {
      endpoint,
      $host: endpoint,
      credentialScopes: [`${endpoint}/.default`],
      retryOptions: RETRY_OPTIONS,
    })
    for await (const page of client.activityLogs.list(activityLogFilter(window)).byPage()) {
      yield page.map(toJson)
    }
  } catch (error) {
    throw toServiceError(ACTIVITY_LOGS_CALL, error)
  }
}

/**
 * The skill's one Google Cloud call: Cloud Logging entries.list over the audit logs of one project in a
 * time window, page after page until the last, each page handed on as soon as it arrives. The entries
 * come back as the REST API's LogEntry JSON, exactly as `gcloud logging read --format=json` prints them,
 * so a live pull and a saved export are read by the same code. (The @google-cloud/logging client decodes
 * entries through protobuf, and without the AuditLog type among its protos it cannot return a
 * protoPayload as JSON; the REST call is made with google-auth-library, the same authentication layer.)
 * The library is imported here, inside the live path only, so a file run neither loads it nor touches
 * the network.
 */
import type { gaxios } from 'google-auth-library'
import { type CloudCall, type TimeWindow, toServiceError } from '#shared/cloud/index.ts'
import { asArray, asObject, asString } from '#shared/json/index.ts'
import { formatTime } from '#shared/ocsf/index.ts'

/** How records of a live pull are located in warnings: `logging:entries.list record 12`. */
export const ENTRIES_LIST_SOURCE = 'logging:entries.list'

const DEFAULT_LOGGING_ENDPOINT = 'https://logging.googleapis.com'

/** Read-only access to Cloud Logging; the narrowest scope entries.list accepts. */
const LOGGING_READ_SCOPE = 'https://www.googleapis.com/auth/logging.read'

const ENTRIES_LIST_CALL: CloudCall = {
  service: 'Cloud Logging',
  operation: 'entries.list',
  permission:
    'logging.logEntries.list (role Logs Viewer, roles/logging.viewer; Data Access audit logs also need logging.privateLogEntries.list, role Private Logs Viewer, roles/logging.privateLogViewer)',
  credentialsHint:
    'Google application default credentials: GOOGLE_APPLICATION_CREDENTIALS, `gcloud auth application-default login`, or the metadata server of a Google Cloud workload',
}

/** The most entries entries.list returns in one page. */
const PAGE_SIZE = 1000

/** The longest wait before a retry, whatever Retry-After asks for. */
const MAX_RETRY_WAIT_MS = 60_000

export interface EntriesListTarget {
  readonly project: string
  /** Another Cloud Logging endpoint than the public one (Private Service Connect, or a local server in tests). */
  readonly endpoint?: string
}

/** Every Cloud Audit Logs log (activity, data_access, system_event, policy) of the project, in the window. */
export function auditLogFilter(window: TimeWindow): string {
  return [
    'logName:"cloudaudit.googleapis.com"',
    `timestamp>="${formatTime(window.start)}"`,
    `timestamp<"${formatTime(window.end)}"`,
  ].join(' AND ')
}

function retryAfterMs(error: gaxios.GaxiosError): number {
  const headers = error.response?.headers as { get?(name: string): string | null } | undefined
  const seconds = Number(headers?.get?.('retry-after') ?? Number.NaN)
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0
}

/**
 * The client's own retry, configured: entries.list allows 60 calls a minute per project, so throttling
 * (429) and server errors are retried six times with exponential backoff from one second, waiting at least
 * as long as a Retry-After header asks. The call is a POST but reads only, so retrying it is safe.
 */
const RETRY_CONFIG: gaxios.RetryConfig = {
  retry: 6,
  noResponseRetries: 2,
  retryDelay: 1000,
  retryDelayMultiplier: 2,
  maxRetryDelay: 32_000,
  httpMethodsToRetry: ['POST'],
  statusCodesToRetry: [
    [429, 429],
    [500, 599],
  ],
  retryBackoff: (error, defaultBackoffMs) => {
    const wait = Math.min(Math.max(defaultBackoffMs, retryAfterMs(error)), MAX_RETRY_WAIT_MS)
    return new Promise((resolve) => setTimeout(resolve, wait))
  },
}

interface EntriesListResponse {
  readonly entries?: unknown
  readonly nextPageToken?: unknown
}

export async function* auditEntryPages(
  target: EntriesListTarget,
  window: TimeWindow,
): AsyncGenerator<unknown[]> {
  try {
    const { GoogleAuth } = await import('google-auth-library')
    const auth = new GoogleAuth({ scopes: [LOGGING_READ_SCOPE] })
    const url = `${target.endpoint ?? DEFAULT_LOGGING_ENDPOINT}/v2/entries:list`
    let pageToken: string | undefined
    do {
      const response = await auth.request<EntriesListResponse>({
        url,
        method: 'POST',
        data: {
          resourceNames: [`projects/${target.project}`],
          filter: auditLogFilter(window),
          orderBy: 'timestamp asc',
          pageSize: PAGE_SIZE,
          pageToken,
        },
        retryConfig: RETRY_CONFIG,
      })
      const page = asObject(response.data)
      yield asArray(page?.entries) ?? []
      pageToken = asString(page?.nextPageToken)
    } while (pageToken !== undefined)
  } catch (error) {
    throw toServiceError(ENTRIES_LIST_CALL, error)
  }
}

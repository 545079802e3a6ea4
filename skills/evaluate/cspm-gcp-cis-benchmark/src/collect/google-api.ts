/**
 * The collector's one way to Google Cloud: read-only REST calls with google-auth-library, which finds
 * application default credentials (GOOGLE_APPLICATION_CREDENTIALS, gcloud's, workload identity, or the
 * metadata server) and asks only for the cloud-platform.read-only scope. A failed call becomes a
 * CallFailure whose message names the API, the operation and the IAM permission it needs.
 */
import type { GoogleAuth, gaxios } from 'google-auth-library'
import { type CloudErrorKind, classifyCloudError, toServiceError } from '#shared/cloud/index.ts'
import { ServiceError } from '#shared/errors/index.ts'
import { asArray, asObject, asString } from '#shared/json/index.ts'

export const CREDENTIALS_HINT =
  'Google application default credentials: GOOGLE_APPLICATION_CREDENTIALS, `gcloud auth application-default login`, or the metadata server of a Google Cloud workload'

/** Every call reads; the read-only scope keeps the token from ever being good for a write. */
const READ_ONLY_SCOPE = 'https://www.googleapis.com/auth/cloud-platform.read-only'

/** The public endpoint of each API the collector reads. */
const API_HOSTS = {
  resourcemanager: 'https://cloudresourcemanager.googleapis.com',
  iam: 'https://iam.googleapis.com',
  storage: 'https://storage.googleapis.com',
  compute: 'https://compute.googleapis.com',
} as const
export type GoogleApiName = keyof typeof API_HOSTS

/** The API-not-enabled reasons Google gives (google.rpc.ErrorInfo, and the older JSON API error list). */
const NOT_ENABLED_REASONS = new Set(['SERVICE_DISABLED', 'accessNotConfigured'])

/** The longest wait before a retry, whatever Retry-After asks for. */
const MAX_RETRY_WAIT_MS = 60_000

export interface GoogleCall {
  /** The API as users know it, e.g. "Cloud Storage". */
  readonly service: string
  /** The REST method, e.g. "buckets.list". */
  readonly operation: string
  /** The IAM permission it needs, e.g. "storage.buckets.list". */
  readonly permission: string
}

export interface RetrySettings {
  /** Retries of a throttled (429) or failed (5xx) call. */
  readonly retries: number
  /** The first wait; each retry doubles it. */
  readonly delayMs: number
}

/** A read that failed, with the message to record for its section and what kind of failure it was. */
export class CallFailure extends Error {
  override name = 'CallFailure'
  constructor(
    message: string,
    readonly kind: CloudErrorKind | 'not-enabled',
    options?: ErrorOptions,
  ) {
    super(message, options)
  }
}

interface GoogleErrorBody {
  readonly status?: number
  readonly message: string
  readonly notEnabled: boolean
}

/** What Google said: the HTTP status, its error message, and whether the API is switched off in the project. */
function readGoogleError(error: unknown): GoogleErrorBody {
  const response = (error as gaxios.GaxiosError | undefined)?.response
  const body = asObject(asObject(response?.data)?.error)
  const reasons = [
    ...(asArray(body?.details) ?? []).map((detail) => asString(asObject(detail)?.reason)),
    ...(asArray(body?.errors) ?? []).map((item) => asString(asObject(item)?.reason)),
  ]
  return {
    status: response?.status,
    message: asString(body?.message) ?? (error instanceof Error ? error.message : String(error)),
    notEnabled: reasons.some((reason) => reason !== undefined && NOT_ENABLED_REASONS.has(reason)),
  }
}

export function toCallFailure(call: GoogleCall, project: string, error: unknown): CallFailure {
  const google = readGoogleError(error)
  if (google.notEnabled)
    return new CallFailure(
      `${call.service} ${call.operation}: the API is not enabled in project ${project}: ${google.message}`,
      'not-enabled',
      { cause: error },
    )
  const shape = { status: google.status, message: google.message, code: (error as { code?: unknown })?.code }
  const kind = classifyCloudError(google.status === undefined ? error : shape)
  const message = toServiceError(
    { ...call, credentialsHint: CREDENTIALS_HINT, throttledHint: 'run again later' },
    google.status === undefined ? error : shape,
  ).message
  return new CallFailure(message, kind, { cause: error })
}

function retryAfterMs(error: gaxios.GaxiosError): number {
  const headers = error.response?.headers as { get?(name: string): string | null } | undefined
  const seconds = Number(headers?.get?.('retry-after') ?? Number.NaN)
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0
}

export interface GoogleApiSettings {
  readonly project: string
  /** Send every call here instead of each API's public endpoint (Private Service Connect, or a test server). */
  readonly endpoint?: string
  readonly retry: RetrySettings
}

export class GoogleApi {
  readonly project: string
  readonly #auth: GoogleAuth
  readonly #settings: GoogleApiSettings
  readonly #retryConfig: gaxios.RetryConfig

  private constructor(auth: GoogleAuth, settings: GoogleApiSettings) {
    this.project = settings.project
    this.#auth = auth
    this.#settings = settings
    // getIamPolicy is a POST that only reads, so retrying it is as safe as retrying a GET.
    this.#retryConfig = {
      retry: settings.retry.retries,
      noResponseRetries: settings.retry.retries,
      retryDelay: settings.retry.delayMs,
      retryDelayMultiplier: 2,
      httpMethodsToRetry: ['GET', 'POST'],
      statusCodesToRetry: [
        [429, 429],
        [500, 599],
      ],
      retryBackoff: (error, defaultBackoffMs) => {
        const wait = Math.min(Math.max(defaultBackoffMs, retryAfterMs(error)), MAX_RETRY_WAIT_MS)
        return new Promise((resolve) => setTimeout(resolve, wait))
      },
    }
  }

  /** The library is loaded here, on the live path only, so an offline evaluation never loads it. */
  static async create(settings: GoogleApiSettings): Promise<GoogleApi> {
    const { GoogleAuth } = await import('google-auth-library')
    return new GoogleApi(new GoogleAuth({ scopes: [READ_ONLY_SCOPE] }), settings)
  }

  async #request(
    api: GoogleApiName,
    call: GoogleCall,
    options: { path: string; method: 'GET' | 'POST'; params?: Record<string, string>; data?: unknown },
  ): Promise<Record<string, unknown>> {
    const base = this.#settings.endpoint ?? API_HOSTS[api]
    try {
      const response = await this.#auth.request({
        url: `${base}${options.path}`,
        method: options.method,
        params: options.params,
        data: options.data,
        retryConfig: this.#retryConfig,
      })
      return asObject(response.data) ?? {}
    } catch (error) {
      throw toCallFailure(call, this.project, error)
    }
  }

  get(api: GoogleApiName, call: GoogleCall, path: string, params?: Record<string, string>) {
    return this.#request(api, call, { path, method: 'GET', params })
  }

  post(api: GoogleApiName, call: GoogleCall, path: string, data: unknown) {
    return this.#request(api, call, { path, method: 'POST', data })
  }

  /** Every page of a list method, following nextPageToken to the end. */
  async *pages(
    api: GoogleApiName,
    call: GoogleCall,
    path: string,
    params: Record<string, string>,
  ): AsyncGenerator<Record<string, unknown>> {
    let pageToken: string | undefined
    do {
      const page = await this.get(
        api,
        call,
        path,
        pageToken === undefined ? params : { ...params, pageToken },
      )
      yield page
      pageToken = asString(page.nextPageToken)
    } while (pageToken !== undefined)
  }
}

/**
 * Runs `read`; a call that fails is recorded under `key` in `errors` (its controls then say Unknown) and
 * gives undefined. Credentials that do not work stop the whole collection instead: nothing can be read.
 * A defect in this code is not a call failure and still propagates.
 */
export async function attempt<Key extends string, Value>(
  errors: Partial<Record<Key, string>>,
  key: Key,
  read: () => Promise<Value>,
): Promise<Value | undefined> {
  if (errors[key] !== undefined) return undefined
  try {
    return await read()
  } catch (error) {
    if (!(error instanceof CallFailure)) throw error
    if (error.kind === 'credentials') throw new ServiceError(error.message, 'Google Cloud', { cause: error })
    errors[key] = error.message
    return undefined
  }
}

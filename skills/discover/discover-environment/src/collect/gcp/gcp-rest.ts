/**
 * Google Cloud REST reads with google-auth-library (application default credentials, the read-only
 * cloud-platform scope), page after page until the last. The library is imported inside the live path
 * only, so a file run neither loads it nor touches the network.
 */
import type { GoogleAuth, gaxios } from 'google-auth-library'
import { asArray, asObject, asString } from '#shared/json/index.ts'

export const GCP_CREDENTIALS_HINT =
  'Google application default credentials: GOOGLE_APPLICATION_CREDENTIALS, `gcloud auth application-default login`, or the metadata server of a Google Cloud workload'

/** Read-only access to every API the inventory reads. */
const READ_ONLY_SCOPE = 'https://www.googleapis.com/auth/cloud-platform.read-only'

/** The public endpoint of each API; --endpoint-url replaces all of them with one (an emulator, a test). */
export const GOOGLE_APIS = {
  iam: 'https://iam.googleapis.com',
  resourceManager: 'https://cloudresourcemanager.googleapis.com',
  storage: 'https://storage.googleapis.com',
  compute: 'https://compute.googleapis.com',
  functions: 'https://cloudfunctions.googleapis.com',
} as const

/** Throttling (429) and server errors are retried with exponential backoff; every call here only reads. */
const RETRY_CONFIG: gaxios.RetryConfig = {
  retry: 5,
  noResponseRetries: 2,
  retryDelay: 1000,
  retryDelayMultiplier: 2,
  maxRetryDelay: 32_000,
  httpMethodsToRetry: ['GET', 'POST'],
  statusCodesToRetry: [
    [429, 429],
    [500, 599],
  ],
}

export class GoogleRest {
  private constructor(
    private readonly auth: GoogleAuth,
    private readonly endpoint: string | undefined,
  ) {}

  static async create(endpoint: string | undefined): Promise<GoogleRest> {
    const { GoogleAuth } = await import('google-auth-library')
    return new GoogleRest(new GoogleAuth({ scopes: [READ_ONLY_SCOPE] }), endpoint)
  }

  url(api: keyof typeof GOOGLE_APIS, path: string): string {
    return `${this.endpoint ?? GOOGLE_APIS[api]}${path}`
  }

  async get(url: string): Promise<Record<string, unknown>> {
    const response = await this.auth.request({ url, method: 'GET', retryConfig: RETRY_CONFIG })
    return asObject(response.data) ?? {}
  }

  /** A read that Google serves as a POST (getIamPolicy). */
  async post(url: string, data: unknown): Promise<Record<string, unknown>> {
    const response = await this.auth.request({ url, method: 'POST', data, retryConfig: RETRY_CONFIG })
    return asObject(response.data) ?? {}
  }

  /** Every item of a paginated list, from the array under `key` of each page. */
  async list(url: string, key: string): Promise<unknown[]> {
    const items: unknown[] = []
    for await (const page of this.pages(url)) items.push(...(asArray(page[key]) ?? []))
    return items
  }

  /**
   * Every item of a Compute aggregated list: each page's `items` maps a scope (`zones/europe-west1-b`) to
   * its list under `key`, or to a warning when the scope has none.
   */
  async listAggregated(url: string, key: string): Promise<unknown[]> {
    const items: unknown[] = []
    for await (const page of this.pages(url)) {
      for (const scope of Object.values(asObject(page.items) ?? {}))
        items.push(...(asArray(asObject(scope)?.[key]) ?? []))
    }
    return items
  }

  private async *pages(url: string): AsyncGenerator<Record<string, unknown>> {
    let pageToken: string | undefined
    do {
      const separator = url.includes('?') ? '&' : '?'
      const page = await this.get(
        pageToken === undefined ? url : `${url}${separator}pageToken=${encodeURIComponent(pageToken)}`,
      )
      yield page
      pageToken = asString(page.nextPageToken)
    } while (pageToken !== undefined)
  }
}

/** `projects/p/global/networks/n` from a Compute self link, the form other resources refer to it by. */
export function resourcePath(selfLink: string | undefined): string | undefined {
  if (selfLink === undefined) return undefined
  const at = selfLink.indexOf('projects/')
  return at === -1 ? selfLink : selfLink.slice(at)
}

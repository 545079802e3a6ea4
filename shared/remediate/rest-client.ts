/**
 * JSON over HTTPS with a bearer token, for Microsoft Graph and Google's REST APIs: one request shape,
 * errors that say the status and the service's own error code, Retry-After kept for the backoff, and
 * pagination that never follows a link to another host (the token would go with it).
 */

export class RestError extends Error {
  override name: string
  constructor(
    message: string,
    /** HTTP status; shared/cloud classifies 401, 403, 404 and 429 from it. */
    readonly status: number,
    /** The service's error code (`Request_ResourceNotFound`, `PERMISSION_DENIED`...). */
    readonly code: string | undefined,
    readonly retryAfterMs?: number,
  ) {
    super(message)
    this.name = code ?? `HTTP ${status}`
  }
}

export type TokenSource = () => Promise<string>

export interface RestClientOptions {
  /** `https://graph.microsoft.com/v1.0`, `https://iam.googleapis.com`... */
  readonly baseUrl: string
  /** The service as people know it, for messages. */
  readonly service: string
  readonly token: TokenSource
  readonly timeoutMs?: number
}

export interface RequestOptions {
  readonly body?: unknown
  readonly query?: Readonly<Record<string, string>>
  readonly headers?: Readonly<Record<string, string>>
}

function retryAfterMs(header: string | null): number | undefined {
  if (header === null) return undefined
  const seconds = Number(header)
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined
}

/** Graph: `{error: {code, message}}`; Google: `{error: {code: 403, status: "PERMISSION_DENIED", message}}`. */
function errorOf(
  status: number,
  text: string,
  service: string,
  method: string,
  path: string,
  retryAfter: string | null,
) {
  let code: string | undefined
  let message = text.slice(0, 300)
  try {
    const error = (JSON.parse(text) as { error?: { code?: unknown; status?: unknown; message?: unknown } })
      .error
    code =
      typeof error?.status === 'string'
        ? error.status
        : typeof error?.code === 'string'
          ? error.code
          : undefined
    if (typeof error?.message === 'string') message = error.message
  } catch {
    // not JSON: the status and the start of the body say enough
  }
  return new RestError(
    `${service} ${method} ${path}: HTTP ${status}${code ? ` ${code}` : ''}: ${message}`,
    status,
    code,
    retryAfterMs(retryAfter),
  )
}

export class RestClient {
  private readonly origin: string

  constructor(private readonly options: RestClientOptions) {
    this.origin = new URL(options.baseUrl).origin
  }

  get service(): string {
    return this.options.service
  }

  private urlOf(pathOrUrl: string, query: Readonly<Record<string, string>> | undefined): URL {
    const url =
      pathOrUrl.startsWith('https://') || pathOrUrl.startsWith('http://')
        ? new URL(pathOrUrl)
        : new URL(this.options.baseUrl + pathOrUrl)
    if (url.origin !== this.origin)
      throw new Error(`${this.options.service}: refusing to follow a link to ${url.origin}`)
    for (const [name, value] of Object.entries(query ?? {})) url.searchParams.set(name, value)
    return url
  }

  /** Sends one request; the parsed JSON body, or undefined for an empty one (204). */
  async request<T>(method: string, pathOrUrl: string, options: RequestOptions = {}): Promise<T | undefined> {
    const url = this.urlOf(pathOrUrl, options.query)
    const headers: Record<string, string> = {
      authorization: `Bearer ${await this.options.token()}`,
      accept: 'application/json',
      ...options.headers,
    }
    if (options.body !== undefined) headers['content-type'] = 'application/json'
    const response = await fetch(url, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
    })
    const text = await response.text()
    if (!response.ok) {
      throw errorOf(
        response.status,
        text,
        this.options.service,
        method,
        url.pathname,
        response.headers.get('retry-after'),
      )
    }
    return text.length === 0 ? undefined : (JSON.parse(text) as T)
  }

  /** GET, or undefined when the service answers 404 (the thing does not exist). */
  async getIfExists<T>(pathOrUrl: string, options: RequestOptions = {}): Promise<T | undefined> {
    try {
      return await this.request<T>('GET', pathOrUrl, options)
    } catch (error) {
      if (error instanceof RestError && error.status === 404) return undefined
      throw error
    }
  }
}

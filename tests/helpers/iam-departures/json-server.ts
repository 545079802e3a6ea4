/**
 * The loopback base of the Graph and Google test servers: JSON requests with a bearer token, every call
 * recorded (method, path, query, body), planned faults (429 with Retry-After, 403, 500) and a route table.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface JsonCall {
  readonly method: string
  readonly path: string
  readonly query: URLSearchParams
  readonly headers: Readonly<Record<string, string | string[] | undefined>>
  readonly body: unknown
}

export interface JsonFault {
  readonly method: string
  /** Matched against the path with `includes`. */
  readonly path: string
  readonly status: 429 | 403 | 500
  times: number
}

export interface JsonReply {
  readonly status: number
  readonly body?: unknown
  readonly headers?: Record<string, string>
}

export type Route = (call: JsonCall, match: RegExpExecArray) => JsonReply

export abstract class JsonLoopbackServer {
  readonly calls: JsonCall[] = []
  readonly faults: JsonFault[] = []
  token = 'test-token'
  private server: Server | undefined
  protected abstract routes(): Array<[string, RegExp, Route]>
  protected abstract errorBody(status: number, code: string, message: string): unknown

  /** Calls other than GET, and other than the POSTs that only read (getIamPolicy). */
  writes(): JsonCall[] {
    return this.calls.filter((call) => call.method !== 'GET' && !call.path.endsWith(':getIamPolicy'))
  }

  error(status: number, code: string, message: string): JsonReply {
    return { status, body: this.errorBody(status, code, message) }
  }

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = []
      request.on('data', (chunk: Buffer) => chunks.push(chunk))
      request.on('end', () => {
        const url = new URL(request.url ?? '/', 'http://127.0.0.1')
        const text = Buffer.concat(chunks).toString('utf8')
        const call: JsonCall = {
          method: request.method ?? 'GET',
          path: decodeURIComponent(url.pathname),
          query: url.searchParams,
          headers: request.headers,
          body: text.length > 0 ? JSON.parse(text) : undefined,
        }
        this.calls.push(call)
        const reply = this.reply(call, request.headers.authorization)
        response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers })
        response.end(reply.body === undefined ? '' : JSON.stringify(reply.body))
      })
    })
    const server = this.server
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()))
  }

  private reply(call: JsonCall, authorization: string | undefined): JsonReply {
    if (authorization !== `Bearer ${this.token}`)
      return this.error(401, 'InvalidAuthenticationToken', 'Access token is empty or invalid.')
    const fault = this.faults.find(
      (candidate) =>
        candidate.times > 0 && candidate.method === call.method && call.path.includes(candidate.path),
    )
    if (fault !== undefined) {
      fault.times -= 1
      const reply =
        fault.status === 429
          ? this.error(429, 'TooManyRequests', 'Too many requests')
          : this.error(
              fault.status,
              fault.status === 403 ? 'Authorization_RequestDenied' : 'InternalServerError',
              `injected ${fault.status}`,
            )
      return fault.status === 429 ? { ...reply, headers: { 'retry-after': '0' } } : reply
    }
    for (const [method, pattern, route] of this.routes()) {
      if (method !== call.method) continue
      const match = pattern.exec(call.path)
      if (match !== null) return route(call, match)
    }
    return this.error(400, 'BadRequest', `no route for ${call.method} ${call.path}`)
  }
}

/**
 * A loopback HTTP server that speaks the CloudTrail API's wire protocol (AWS JSON 1.1: POST /, the
 * operation in X-Amz-Target, JSON bodies, errors as HTTP 400 with `__type`), answering each LookupEvents
 * call with the next scripted reply, so tests drive the real SDK client over real HTTP.
 */
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * The operation in X-Amz-Target: `<service>.LookupEvents`, where the service is the API's target prefix
 * (`com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101`, as the API reference and older SDKs send it)
 * or its shape name alone (`CloudTrail_20131101`, as current SDK v3 releases send it). Both reach the API.
 */
export const LOOKUP_EVENTS_TARGET =
  /^(com\.amazonaws\.cloudtrail\.v20131101\.)?CloudTrail_20131101\.LookupEvents$/

export interface ApiReply {
  readonly status: number
  readonly body: unknown
}

export interface ReceivedCall {
  readonly target: string | undefined
  readonly contentType: string | undefined
  readonly authorization: string | undefined
  readonly body: Record<string, unknown>
}

export interface CloudTrailApiServer {
  readonly url: string
  readonly calls: ReceivedCall[]
  close(): Promise<void>
}

/** A page of LookupEvents results; EventTime travels as epoch seconds, as the JSON protocol sends timestamps. */
export function eventsPage(events: readonly Record<string, unknown>[], nextToken?: string): ApiReply {
  return {
    status: 200,
    body: nextToken === undefined ? { Events: events } : { Events: events, NextToken: nextToken },
  }
}

export function apiError(type: string, message: string): ApiReply {
  return { status: 400, body: { __type: type, message } }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

/** Starts the server on an ephemeral loopback port; each call gets the next reply, and a call past the script fails the test loudly. */
export async function startCloudTrailApi(replies: readonly ApiReply[]): Promise<CloudTrailApiServer> {
  const calls: ReceivedCall[] = []
  const server = createServer(async (request, response) => {
    const text = await readBody(request)
    const target = request.headers['x-amz-target']
    calls.push({
      target: typeof target === 'string' ? target : undefined,
      contentType: request.headers['content-type'],
      authorization: request.headers.authorization,
      body: text.length > 0 ? (JSON.parse(text) as Record<string, unknown>) : {},
    })
    const reply =
      request.method !== 'POST' || typeof target !== 'string' || !LOOKUP_EVENTS_TARGET.test(target)
        ? apiError('UnknownOperationException', `unexpected ${request.method} ${String(target)}`)
        : (replies[calls.length - 1] ??
          apiError('InternalFailure', 'the test scripted no reply for this call'))
    const payload = JSON.stringify(reply.body)
    response.writeHead(reply.status, {
      'content-type': 'application/x-amz-json-1.1',
      'content-length': Buffer.byteLength(payload),
      'x-amzn-requestid': `request-${calls.length}`,
    })
    response.end(payload)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

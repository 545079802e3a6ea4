/**
 * A loopback HTTP server that plays AWS for the real SDK clients: every service on one port, each request
 * routed by the service and region its SigV4 signature names (as AWS's endpoints are per service and
 * region), answered in that service's wire protocol, recorded, and failed where the test says so, with the
 * error shape of that protocol. What each service answers is the test's own routing.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { AwsFault, escapeXml, type Reply, readBody, requestId, signingScope } from './aws-wire.ts'

export type AwsProtocol = 'query' | 'ec2' | 'rest-xml' | 'rest-json' | 'json1.0' | 'json1.1'

/** One request as received: the signing service, the operation, the signed region. */
export interface RecordedCall {
  readonly service: string
  readonly operation: string
  readonly region: string
}

/** A signed request, read whole. */
export interface AwsRequest {
  /** The service the request was signed for. */
  readonly service: string
  readonly region: string
  readonly method: string
  readonly url: URL
  readonly headers: IncomingHttpHeaders
  readonly body: string
}

/** Where a request went: its protocol, the call to record, and the answer when no fault is scripted. */
export interface RoutedCall {
  readonly protocol: AwsProtocol
  readonly call: RecordedCall
  reply(): Reply
}

export interface LoopbackAwsOptions {
  route(request: AwsRequest): RoutedCall
  /** The failure the test scripts for a call, answered instead of its reply. */
  faultFor?(call: RecordedCall, protocol: AwsProtocol): AwsFault | undefined
}

export interface LoopbackAws {
  /** Pass as the SDK clients' endpoint: every service is served here. */
  readonly endpoint: string
  readonly calls: RecordedCall[]
  close(): Promise<void>
}

const JSON_CONTENT_TYPES: Readonly<Record<'rest-json' | 'json1.0' | 'json1.1', string>> = {
  'rest-json': 'application/json',
  'json1.0': 'application/x-amz-json-1.0',
  'json1.1': 'application/x-amz-json-1.1',
}

/** An error in the shape the protocol carries it. */
export function awsErrorReply(protocol: AwsProtocol, fault: AwsFault): Reply {
  const code = escapeXml(fault.code)
  const message = escapeXml(fault.message)
  switch (protocol) {
    case 'query':
      return {
        status: fault.status,
        contentType: 'text/xml',
        body: `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>${requestId()}</RequestId></ErrorResponse>`,
      }
    case 'ec2':
      return {
        status: fault.status,
        contentType: 'text/xml',
        body: `<Response><Errors><Error><Code>${code}</Code><Message>${message}</Message></Error></Errors><RequestID>${requestId()}</RequestID></Response>`,
      }
    case 'rest-xml':
      return {
        status: fault.status,
        contentType: 'application/xml',
        body: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message><RequestId>${requestId()}</RequestId></Error>`,
      }
    default:
      return {
        status: fault.status,
        contentType: JSON_CONTENT_TYPES[protocol],
        body: JSON.stringify({ __type: fault.code, message: fault.message }),
        headers: {
          'x-amzn-errortype': fault.code,
          // CloudWatch keeps its Query-era codes for SDKs that speak JSON to it.
          ...(protocol === 'json1.0'
            ? { 'x-amzn-query-error': `${fault.code.replace(/Exception$/, '')};Sender` }
            : {}),
        },
      }
  }
}

function send(response: ServerResponse, reply: Reply): void {
  response.writeHead(reply.status, {
    'content-type': reply.contentType,
    'content-length': Buffer.byteLength(reply.body),
    'x-amzn-requestid': requestId(),
    ...reply.headers,
  })
  response.end(reply.body)
}

export async function startLoopbackAws(options: LoopbackAwsOptions): Promise<LoopbackAws> {
  const calls: RecordedCall[] = []
  const server = createServer((request, response) => {
    const scope = signingScope(request)
    readBody(request)
      .then((body) => {
        if (scope === undefined) throw new Error(`unsigned request ${request.method} ${request.url}`)
        return options.route({
          ...scope,
          method: request.method ?? 'GET',
          url: new URL(request.url ?? '/', 'http://loopback-aws'),
          headers: request.headers,
          body,
        })
      })
      .then(
        ({ protocol, call, reply }) => {
          calls.push(call)
          try {
            const fault = options.faultFor?.(call, protocol)
            send(response, fault === undefined ? reply() : awsErrorReply(protocol, fault))
          } catch (error) {
            if (error instanceof AwsFault) send(response, awsErrorReply(protocol, error))
            else send(response, { status: 500, contentType: 'text/plain', body: String(error) })
          }
        },
        (error: Error) => send(response, { status: 500, contentType: 'text/plain', body: error.message }),
      )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/**
 * A loopback HTTP server that plays one AWS account for the real SDK clients: it routes each request by the
 * service and region its SigV4 signature names, answers in that service's wire protocol, records every
 * operation it is asked for, and denies the operations a test names, with each service's own error shape.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  AwsFault,
  escapeXml,
  type Reply,
  readBody,
  requestId,
  signingScope,
} from '../../../../../tests/helpers/aws-wire.ts'
import type { FakeAccount, FakeDenial } from './fake-account.ts'
import {
  ec2Reply,
  iamReply,
  lambdaReply,
  s3Operation,
  s3Reply,
  sageMakerReply,
  stsReply,
} from './services.ts'

export interface RecordedCall {
  readonly service: string
  readonly operation: string
  readonly region: string
}

export interface FakeAws {
  readonly endpoint: string
  readonly calls: RecordedCall[]
  close(): Promise<void>
}

type Protocol = 'query' | 'ec2' | 'rest-xml' | 'rest-json' | 'json1.1'

/** The code each service family uses for a denial. */
const DENIAL_CODES: Readonly<Record<Protocol, string>> = {
  query: 'AccessDenied',
  ec2: 'UnauthorizedOperation',
  'rest-xml': 'AccessDenied',
  'rest-json': 'AccessDeniedException',
  'json1.1': 'AccessDeniedException',
}

function errorReply(protocol: Protocol, fault: AwsFault): Reply {
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
        contentType: protocol === 'json1.1' ? 'application/x-amz-json-1.1' : 'application/json',
        body: JSON.stringify({ __type: fault.code, message: fault.message }),
        headers: { 'x-amzn-errortype': fault.code },
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

interface Routed {
  readonly protocol: Protocol
  readonly call: RecordedCall
  reply(): Reply
}

async function route(account: FakeAccount, request: IncomingMessage): Promise<Routed> {
  const scope = signingScope(request)
  if (scope === undefined) throw new Error(`unsigned request ${request.method} ${request.url}`)
  const text = await readBody(request)
  const url = new URL(request.url ?? '/', 'http://fake-aws')
  const { service, region } = scope
  if (service === 's3')
    return {
      protocol: 'rest-xml',
      call: { service, operation: s3Operation(url), region },
      reply: () => s3Reply(account, url),
    }
  if (service === 'lambda') {
    const operation = url.pathname.startsWith('/2015-03-31/functions')
      ? 'ListFunctions'
      : `${request.method} ${url.pathname}`
    return {
      protocol: 'rest-json',
      call: { service, operation, region },
      reply: () => lambdaReply(account, region, url),
    }
  }
  const target = request.headers['x-amz-target']
  if (typeof target === 'string') {
    const operation = target.slice(target.lastIndexOf('.') + 1)
    const input = text.length > 0 ? (JSON.parse(text) as Record<string, unknown>) : {}
    return {
      protocol: 'json1.1',
      call: { service, operation, region },
      reply: () => sageMakerReply(account, region, operation, input),
    }
  }
  const params = new URLSearchParams(text)
  const operation = params.get('Action') ?? ''
  const call = { service, operation, region }
  if (service === 'ec2')
    return { protocol: 'ec2', call, reply: () => ec2Reply(account, region, operation, params) }
  if (service === 'sts') return { protocol: 'query', call, reply: () => stsReply(account, operation) }
  return { protocol: 'query', call, reply: () => iamReply(account, operation, params) }
}

export async function startFakeAws(
  account: FakeAccount,
  denials: readonly FakeDenial[] = [],
): Promise<FakeAws> {
  const calls: RecordedCall[] = []
  const isDenied = (call: RecordedCall) =>
    denials.some(
      (denial) =>
        denial.service === call.service &&
        denial.operation === call.operation &&
        (denial.region === undefined || denial.region === call.region),
    )
  const server = createServer((request, response) => {
    route(account, request).then(
      ({ protocol, call, reply }) => {
        calls.push(call)
        try {
          if (isDenied(call)) {
            const action = `${call.service}:${call.operation}`
            throw new AwsFault(
              DENIAL_CODES[protocol],
              403,
              `User: ${account.callerArn} is not authorized to perform: ${action} because no identity-based policy allows the action`,
            )
          }
          send(response, reply())
        } catch (error) {
          if (error instanceof AwsFault) send(response, errorReply(protocol, error))
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

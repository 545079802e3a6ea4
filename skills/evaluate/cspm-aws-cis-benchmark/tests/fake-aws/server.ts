/**
 * A loopback HTTP server that plays one AWS account for the real SDK clients: it routes each request by the
 * service and region its SigV4 signature names (as AWS's endpoints are per service and region), speaks each
 * service's wire protocol, records every operation it is asked for, and injects scripted failures.
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
import type { FakeAccount, Fault } from './fake-account.ts'
import { iamActionOf } from './iam-actions.ts'
import { CLOUDTRAIL, CLOUDWATCH, type JsonContext, LOGS } from './json-services.ts'
import { EC2, IAM, type QueryContext, SNS, STS } from './query-services.ts'
import { s3ControlReply, s3Operation, s3Reply } from './s3-service.ts'

/** One request as received: the signing service (s3-control for S3 Control), the operation, the signed region. */
export interface RecordedCall {
  readonly service: string
  readonly operation: string
  readonly region: string
}

export interface FakeAws {
  /** Pass as the collector's endpoint: every service is served here. */
  readonly endpoint: string
  readonly calls: RecordedCall[]
  close(): Promise<void>
}

export interface FakeAwsOptions {
  readonly faults?: readonly Fault[]
  /** Items per page of every paginated list, small so tests cross page boundaries. */
  readonly pageSize?: number
}

type Protocol = 'query' | 'ec2' | 'json1.0' | 'json1.1' | 'rest-xml'

const QUERY_SERVICES: Readonly<Record<string, Readonly<Record<string, (context: QueryContext) => Reply>>>> = {
  iam: IAM,
  sts: STS,
  sns: SNS,
  ec2: EC2,
}
const JSON_SERVICES: Readonly<Record<string, Readonly<Record<string, (context: JsonContext) => Reply>>>> = {
  cloudtrail: CLOUDTRAIL,
  logs: LOGS,
  monitoring: CLOUDWATCH,
}

/** The codes each failure has in each service family, as those services send them. */
const FAULT_CODES: Readonly<
  Record<Fault['error'], { status: number; query: string; ec2: string; json: string; s3: string }>
> = {
  AccessDenied: {
    status: 403,
    query: 'AccessDenied',
    ec2: 'UnauthorizedOperation',
    json: 'AccessDeniedException',
    s3: 'AccessDenied',
  },
  Throttling: {
    status: 400,
    query: 'Throttling',
    ec2: 'RequestLimitExceeded',
    json: 'ThrottlingException',
    s3: 'SlowDown',
  },
  OptInRequired: {
    status: 401,
    query: 'OptInRequired',
    ec2: 'OptInRequired',
    json: 'UnrecognizedClientException',
    s3: 'AccessDenied',
  },
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
        contentType: protocol === 'json1.0' ? 'application/x-amz-json-1.0' : 'application/x-amz-json-1.1',
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

function scriptedFault(protocol: Protocol, fault: Fault, call: RecordedCall, callerArn: string): AwsFault {
  const codes = FAULT_CODES[fault.error]
  const family =
    protocol === 'query' ? 'query' : protocol === 'ec2' ? 'ec2' : protocol === 'rest-xml' ? 's3' : 'json'
  const code =
    family === 'json' && protocol === 'json1.0' && fault.error === 'Throttling' ? 'Throttling' : codes[family]
  const messages: Record<Fault['error'], string> = {
    AccessDenied: `User: ${callerArn} is not authorized to perform: ${iamActionOf(call)} because no identity-based policy allows the action`,
    Throttling: 'Rate exceeded',
    OptInRequired: `The AWS Access Key Id needs a subscription for the service in ${call.region}`,
  }
  return new AwsFault(
    code,
    fault.error === 'Throttling' && family === 's3' ? 503 : codes.status,
    messages[fault.error],
  )
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

export async function startFakeAws(account: FakeAccount, options: FakeAwsOptions = {}): Promise<FakeAws> {
  const calls: RecordedCall[] = []
  const faultUses = new Map<Fault, number>()
  const reportPolls = { count: 0 }
  const pageSize = options.pageSize ?? 2

  function matchingFault(call: RecordedCall): Fault | undefined {
    const fault = (options.faults ?? []).find(
      (candidate) =>
        candidate.service === call.service &&
        candidate.operation === call.operation &&
        (candidate.region === undefined || candidate.region === call.region),
    )
    if (fault === undefined) return undefined
    const used = faultUses.get(fault) ?? 0
    if (fault.times !== undefined && used >= fault.times) return undefined
    faultUses.set(fault, used + 1)
    return fault
  }

  async function handle(
    request: IncomingMessage,
  ): Promise<{ protocol: Protocol; reply: () => Reply; call: RecordedCall }> {
    const scope = signingScope(request)
    if (scope === undefined) throw new Error(`unsigned request ${request.method} ${request.url}`)
    const text = await readBody(request)
    const url = new URL(request.url ?? '/', 'http://fake-aws')
    const { region } = scope
    if (scope.service === 's3') {
      const control = url.pathname.startsWith('/v20180820/')
      const call = {
        service: control ? 's3-control' : 's3',
        operation: s3Operation(request.method ?? 'GET', url),
        region,
      }
      const s3Request = {
        account,
        region,
        url,
        accountHeader: request.headers['x-amz-account-id'] as string | undefined,
      }
      return {
        protocol: 'rest-xml',
        call,
        reply: () => (control ? s3ControlReply(s3Request) : s3Reply(s3Request, request.method ?? 'GET')),
      }
    }
    const target = request.headers['x-amz-target']
    if (typeof target === 'string') {
      const operation = target.slice(target.lastIndexOf('.') + 1)
      const handlers = JSON_SERVICES[scope.service] ?? {}
      const input = text.length > 0 ? (JSON.parse(text) as Record<string, unknown>) : {}
      return {
        protocol: scope.service === 'monitoring' ? 'json1.0' : 'json1.1',
        call: { service: scope.service, operation, region },
        reply: () => {
          const handler = handlers[operation]
          if (handler === undefined) throw new AwsFault('UnknownOperationException', 400, target)
          return handler({ account, region, input, pageSize })
        },
      }
    }
    const params = new URLSearchParams(text)
    const operation = params.get('Action') ?? ''
    return {
      protocol: scope.service === 'ec2' ? 'ec2' : 'query',
      call: { service: scope.service, operation, region },
      reply: () => {
        const handler = QUERY_SERVICES[scope.service]?.[operation]
        if (handler === undefined) throw new AwsFault('InvalidAction', 400, `${scope.service} ${operation}`)
        return handler({ account, region, params, pageSize, reportPolls })
      },
    }
  }

  const server = createServer((request, response) => {
    handle(request).then(
      ({ protocol, reply, call }) => {
        calls.push(call)
        try {
          const fault = matchingFault(call)
          send(
            response,
            fault === undefined
              ? reply()
              : errorReply(protocol, scriptedFault(protocol, fault, call, account.callerArn)),
          )
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
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

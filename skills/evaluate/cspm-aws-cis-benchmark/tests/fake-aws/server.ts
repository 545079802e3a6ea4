/**
 * The loopback AWS (tests/helpers/aws-loopback.ts) playing one account for the real SDK clients: it answers
 * the services the collector reads, records every operation it is asked for, and injects scripted failures.
 */
import {
  type AwsProtocol,
  type AwsRequest,
  type LoopbackAws,
  type RecordedCall,
  type RoutedCall,
  startLoopbackAws,
} from '../../../../../tests/helpers/aws-loopback.ts'
import { AwsFault, type Reply } from '../../../../../tests/helpers/aws-wire.ts'
import type { FakeAccount, Fault } from './fake-account.ts'
import { iamActionOf } from './iam-actions.ts'
import { CLOUDTRAIL, CLOUDWATCH, type JsonContext, LOGS } from './json-services.ts'
import { EC2, IAM, type QueryContext, SNS, STS } from './query-services.ts'
import { s3ControlReply, s3Operation, s3Reply } from './s3-service.ts'

export interface FakeAwsOptions {
  readonly faults?: readonly Fault[]
  /** Items per page of every paginated list, small so tests cross page boundaries. */
  readonly pageSize?: number
}

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

function scriptedFault(protocol: AwsProtocol, fault: Fault, call: RecordedCall, callerArn: string): AwsFault {
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

interface RouteContext {
  readonly account: FakeAccount
  readonly pageSize: number
  readonly reportPolls: { count: number }
}

function route(context: RouteContext, request: AwsRequest): RoutedCall {
  const { account, pageSize, reportPolls } = context
  const { service, region, url, method } = request
  if (service === 's3') {
    const control = url.pathname.startsWith('/v20180820/')
    const call = { service: control ? 's3-control' : 's3', operation: s3Operation(method, url), region }
    const s3Request = {
      account,
      region,
      url,
      accountHeader: request.headers['x-amz-account-id'] as string | undefined,
    }
    return {
      protocol: 'rest-xml',
      call,
      reply: () => (control ? s3ControlReply(s3Request) : s3Reply(s3Request, method)),
    }
  }
  const target = request.headers['x-amz-target']
  if (typeof target === 'string') {
    const operation = target.slice(target.lastIndexOf('.') + 1)
    const handlers = JSON_SERVICES[service] ?? {}
    const input = request.body.length > 0 ? (JSON.parse(request.body) as Record<string, unknown>) : {}
    return {
      protocol: service === 'monitoring' ? 'json1.0' : 'json1.1',
      call: { service, operation, region },
      reply: () => {
        const handler = handlers[operation]
        if (handler === undefined) throw new AwsFault('UnknownOperationException', 400, target)
        return handler({ account, region, input, pageSize })
      },
    }
  }
  const params = new URLSearchParams(request.body)
  const operation = params.get('Action') ?? ''
  return {
    protocol: service === 'ec2' ? 'ec2' : 'query',
    call: { service, operation, region },
    reply: () => {
      const handler = QUERY_SERVICES[service]?.[operation]
      if (handler === undefined) throw new AwsFault('InvalidAction', 400, `${service} ${operation}`)
      return handler({ account, region, params, pageSize, reportPolls })
    },
  }
}

export function startFakeAws(account: FakeAccount, options: FakeAwsOptions = {}): Promise<LoopbackAws> {
  const faultUses = new Map<Fault, number>()
  const context = { account, pageSize: options.pageSize ?? 2, reportPolls: { count: 0 } }

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

  return startLoopbackAws({
    route: (request) => route(context, request),
    faultFor: (call, protocol) => {
      const fault = matchingFault(call)
      return fault === undefined ? undefined : scriptedFault(protocol, fault, call, account.callerArn)
    },
  })
}

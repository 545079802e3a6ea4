/**
 * The loopback AWS (tests/helpers/aws-loopback.ts) playing one account for the real SDK clients: it answers
 * the services discovery reads, records every operation it is asked for, and denies the operations a test
 * names, with each service's own error shape.
 */
import {
  type AwsProtocol,
  type AwsRequest,
  type LoopbackAws,
  type RecordedCall,
  type RoutedCall,
  startLoopbackAws,
} from '../../../../../tests/helpers/aws-loopback.ts'
import { AwsFault } from '../../../../../tests/helpers/aws-wire.ts'
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

/** The code each service family uses for a denial. */
const DENIAL_CODES: Readonly<Record<AwsProtocol, string>> = {
  query: 'AccessDenied',
  ec2: 'UnauthorizedOperation',
  'rest-xml': 'AccessDenied',
  'rest-json': 'AccessDeniedException',
  'json1.0': 'AccessDeniedException',
  'json1.1': 'AccessDeniedException',
}

function route(account: FakeAccount, request: AwsRequest): RoutedCall {
  const { service, region, url } = request
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
    const input = request.body.length > 0 ? (JSON.parse(request.body) as Record<string, unknown>) : {}
    return {
      protocol: 'json1.1',
      call: { service, operation, region },
      reply: () => sageMakerReply(account, region, operation, input),
    }
  }
  const params = new URLSearchParams(request.body)
  const operation = params.get('Action') ?? ''
  const call = { service, operation, region }
  if (service === 'ec2')
    return { protocol: 'ec2', call, reply: () => ec2Reply(account, region, operation, params) }
  if (service === 'sts') return { protocol: 'query', call, reply: () => stsReply(account, operation) }
  return { protocol: 'query', call, reply: () => iamReply(account, operation, params) }
}

export function startFakeAws(
  account: FakeAccount,
  denials: readonly FakeDenial[] = [],
): Promise<LoopbackAws> {
  const isDenied = (call: RecordedCall) =>
    denials.some(
      (denial) =>
        denial.service === call.service &&
        denial.operation === call.operation &&
        (denial.region === undefined || denial.region === call.region),
    )
  return startLoopbackAws({
    route: (request) => route(account, request),
    faultFor: (call, protocol) =>
      isDenied(call)
        ? new AwsFault(
            DENIAL_CODES[protocol],
            403,
            `User: ${account.callerArn} is not authorized to perform: ${call.service}:${call.operation} because no identity-based policy allows the action`,
          )
        : undefined,
  })
}

/**
 * What went wrong in a cloud API call, across the AWS, Google and Azure SDKs, so every live reader and
 * collector says the same thing the same way: missing credentials, a missing permission (named),
 * throttling that did not clear, or a region or service that is not enabled.
 */
import { ServiceError } from '../errors/index.ts'
import { scrubSecrets } from '../io/index.ts'

export type CloudErrorKind =
  | 'credentials'
  | 'permission'
  | 'throttled'
  | 'unavailable'
  | 'not-found'
  | 'other'

interface ErrorShape {
  name?: unknown
  code?: unknown
  statusCode?: unknown
  status?: unknown
  message?: unknown
  $metadata?: { httpStatusCode?: unknown }
  response?: { status?: unknown }
}

const CREDENTIAL_NAMES = new Set([
  'CredentialsProviderError',
  'CredentialUnavailableError',
  'AuthenticationRequiredError',
  'AggregateAuthenticationError', // Azure DefaultAzureCredential: no credential in its chain could be used
  'AuthenticationError', // Azure identity: the token endpoint refused the credential
  'ExpiredTokenException',
  'ExpiredToken',
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
])
const PERMISSION_NAMES = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'AuthorizationError',
  'AuthorizationFailed',
  'Forbidden',
])
const THROTTLE_NAMES = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'SlowDown',
  'TooManyRequests',
])
const UNAVAILABLE_NAMES = new Set([
  'OptInRequired',
  'UnrecognizedRegion',
  'InvalidRegion',
  'SubscriptionNotRegistered',
])

/** google.rpc codes: 16 UNAUTHENTICATED, 7 PERMISSION_DENIED, 8 RESOURCE_EXHAUSTED, 5 NOT_FOUND. */
const GRPC_KINDS: Readonly<Record<number, CloudErrorKind>> = {
  16: 'credentials',
  7: 'permission',
  8: 'throttled',
  5: 'not-found',
}

export function classifyCloudError(error: unknown): CloudErrorKind {
  const shape = (error ?? {}) as ErrorShape
  const name = typeof shape.name === 'string' ? shape.name : ''
  const code = typeof shape.code === 'string' ? shape.code : ''
  const status = [
    shape.$metadata?.httpStatusCode,
    shape.statusCode,
    shape.status,
    shape.response?.status,
  ].find((value) => typeof value === 'number') as number | undefined
  for (const label of [name, code]) {
    if (CREDENTIAL_NAMES.has(label)) return 'credentials'
    if (PERMISSION_NAMES.has(label)) return 'permission'
    if (THROTTLE_NAMES.has(label)) return 'throttled'
    if (UNAVAILABLE_NAMES.has(label)) return 'unavailable'
  }
  if (typeof shape.code === 'number' && GRPC_KINDS[shape.code] !== undefined)
    return GRPC_KINDS[shape.code] as CloudErrorKind
  if (status === 401) return 'credentials'
  if (status === 403) return 'permission'
  if (status === 429) return 'throttled'
  if (status === 404) return 'not-found'
  const message = typeof shape.message === 'string' ? shape.message : ''
  if (
    /could not load credentials|no credentials|credential.*not.*(found|available)|default credentials/i.test(
      message,
    )
  ) {
    return 'credentials'
  }
  return 'other'
}

function messageOf(error: unknown): string {
  const message = (error as ErrorShape | undefined)?.message
  return scrubSecrets(typeof message === 'string' ? message : String(error)).split('\n')[0] ?? ''
}

export interface CloudCall {
  /** The service as users know it, e.g. "AWS CloudTrail". */
  readonly service: string
  /** The API call, e.g. "LookupEvents". */
  readonly operation: string
  /** The permission the call needs, e.g. "cloudtrail:LookupEvents". */
  readonly permission: string
  /** How the user supplies credentials, for the message when there are none. */
  readonly credentialsHint: string
  /** What to try when throttling did not clear; by default a narrower time window, as for a log pull. */
  readonly throttledHint?: string
}

/** A ServiceError whose one-line message says what failed and what to do about it. */
export function toServiceError(call: CloudCall, error: unknown): ServiceError {
  const kind = classifyCloudError(error)
  const detail = messageOf(error)
  const prefix = `${call.service} ${call.operation}`
  switch (kind) {
    case 'credentials':
      return new ServiceError(
        `${prefix}: no usable credentials (${call.credentialsHint}): ${detail}`,
        call.service,
        { cause: error },
      )
    case 'permission':
      return new ServiceError(
        `${prefix}: permission denied; the caller needs ${call.permission}: ${detail}`,
        call.service,
        {
          cause: error,
        },
      )
    case 'throttled':
      return new ServiceError(
        `${prefix}: still throttled after retries; ${call.throttledHint ?? 'try a narrower time window'}: ${detail}`,
        call.service,
        {
          cause: error,
        },
      )
    case 'unavailable':
      return new ServiceError(`${prefix}: not available in this region or account: ${detail}`, call.service, {
        cause: error,
      })
    default:
      return new ServiceError(`${prefix} failed: ${detail}`, call.service, { cause: error })
  }
}

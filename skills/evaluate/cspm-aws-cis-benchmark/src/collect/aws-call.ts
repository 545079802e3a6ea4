/**
 * One read-only AWS call inside a collection: a failure (denied, throttled after the SDK's retries, a region
 * not enabled, the network) becomes the message recorded for that part of the snapshot, so its controls say
 * Unknown; a defect in this code is not a call failure and still propagates.
 */
import { toServiceError } from '#shared/cloud/index.ts'

export const CREDENTIALS_HINT =
  'the AWS SDK credential chain: AWS_* environment variables, a shared config or SSO profile (AWS_PROFILE), or an instance or container role'

const THROTTLED_HINT = 'run again later, or read fewer regions at once with --region'

export interface ApiCall {
  /** The service as users know it, e.g. "AWS IAM". */
  readonly service: string
  /** The API operation, e.g. "ListUsers". */
  readonly operation: string
  /** The IAM action it needs, e.g. "iam:ListUsers". */
  readonly permission: string
}

/** A collection step that could not finish for a reason no single call reports (a report that never completed). */
export class CollectionError extends Error {
  override name = 'CollectionError'
}

/** Node's network error codes: the endpoint could not be reached or answered badly. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE'])

/** SDK service exceptions carry $metadata; transport failures carry a network code or the SDK's timeout name. */
export function isCallFailure(error: unknown): boolean {
  if (error instanceof CollectionError) return true
  if (typeof error !== 'object' || error === null) return false
  const shape = error as { $metadata?: unknown; code?: unknown; name?: unknown }
  if (shape.$metadata !== undefined) return true
  if (typeof shape.code === 'string' && NETWORK_CODES.has(shape.code)) return true
  return shape.name === 'TimeoutError' || shape.name === 'CredentialsProviderError'
}

export function failureMessage(call: ApiCall, error: unknown): string {
  if (error instanceof CollectionError) return `${call.service} ${call.operation}: ${error.message}`
  return toServiceError({ ...call, credentialsHint: CREDENTIALS_HINT, throttledHint: THROTTLED_HINT }, error)
    .message
}

/**
 * Runs `read`; on a call failure records the message under `key` in `errors` and returns undefined. The
 * message names the call and the permission, e.g. "AWS IAM ListUsers: permission denied; the caller needs
 * iam:ListUsers: ...". A part that has already failed is not read further, so its first failure is the one
 * reported.
 */
export async function attempt<Key extends string, Value>(
  errors: Partial<Record<Key, string>>,
  key: Key,
  call: ApiCall,
  read: () => Promise<Value>,
): Promise<Value | undefined> {
  if (errors[key] !== undefined) return undefined
  try {
    return await read()
  } catch (error) {
    if (!isCallFailure(error)) throw error
    errors[key] = failureMessage(call, error)
    return undefined
  }
}

/** For reads where "not configured" is an answer: these error names become null instead of a failure. */
export function nullWhen(...names: string[]): (error: unknown) => null {
  return (error) => {
    const name = (error as { name?: unknown } | null)?.name
    if (typeof name === 'string' && names.includes(name)) return null
    throw error
  }
}

export { mapLimit } from '#shared/cloud/index.ts'

/** A read-only API call with the remediation retry policy; what still fails becomes a ServiceError naming the permission. */
import { type CloudCall, toServiceError } from '../cloud/index.ts'
import { callWithRetry, type RetryPolicy } from './retry.ts'

export async function readWithRetry<T>(
  call: CloudCall,
  read: () => Promise<T>,
  retry: RetryPolicy,
): Promise<T> {
  const result = await callWithRetry(read, retry)
  if (result.ok) return result.value
  throw toServiceError(call, result.error)
}

/** An AWS "no such entity" answer: the thing is not there (any more). */
export function isNoSuchEntity(error: unknown): boolean {
  const name = (error as { name?: unknown } | undefined)?.name
  return name === 'NoSuchEntityException' || name === 'NoSuchEntity'
}

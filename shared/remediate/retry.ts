/**
 * Retries with exponential backoff for calls the provider throttled or could not serve for a moment.
 * Anything else (a missing permission, a conflict) fails at once: retrying would not change the answer.
 */
import { classifyCloudError } from '../cloud/index.ts'

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number
  readonly baseDelayMs: number
  readonly maxDelayMs: number
  readonly sleep: (ms: number) => Promise<void>
}

export const DEFAULT_RETRY: Omit<RetryPolicy, 'sleep'> = {
  maxAttempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
}

export type CallResult<T> =
  | { readonly ok: true; readonly value: T; readonly attempts: number }
  | { readonly ok: false; readonly error: unknown; readonly attempts: number }

function statusOf(error: unknown): number | undefined {
  const shape = error as { $metadata?: { httpStatusCode?: unknown }; status?: unknown } | undefined
  const status = shape?.$metadata?.httpStatusCode ?? shape?.status
  return typeof status === 'number' ? status : undefined
}

/** Throttling, a service that is briefly unavailable, or a concurrent change (a policy etag that moved on). */
export function isRetryable(error: unknown): boolean {
  if (classifyCloudError(error) === 'throttled') return true
  const status = statusOf(error)
  return status === 409 || status === 500 || status === 502 || status === 503 || status === 504
}

/** The server's Retry-After, in milliseconds, when the error carries one. */
function retryAfterOf(error: unknown): number | undefined {
  const value = (error as { retryAfterMs?: unknown } | undefined)?.retryAfterMs
  return typeof value === 'number' && value >= 0 ? value : undefined
}

export async function callWithRetry<T>(call: () => Promise<T>, policy: RetryPolicy): Promise<CallResult<T>> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return { ok: true, value: await call(), attempts: attempt }
    } catch (error) {
      if (attempt >= policy.maxAttempts || !isRetryable(error)) return { ok: false, error, attempts: attempt }
      const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))
      await policy.sleep(Math.min(policy.maxDelayMs, retryAfterOf(error) ?? backoff))
    }
  }
}

/**
 * The dual write of the audit: each row goes to the local hash-chained log (flushed to disk) and then to
 * the remote copy, when one is configured. Fail closed: if either write fails, the run stops before the
 * next action, with exit status 6.
 */
import { RefusedError } from '#shared/errors/index.ts'
import { scrubSecrets } from '#shared/io/index.ts'
import {
  type AuditLog,
  callWithRetry,
  linkOf,
  type RemoteAuditStore,
  type RetryPolicy,
} from '#shared/remediate/index.ts'

function reasonOf(error: unknown): string {
  return scrubSecrets(error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''
}

export class AuditTrail {
  rows = 0

  constructor(
    private readonly local: AuditLog,
    private readonly remote: RemoteAuditStore | undefined,
    private readonly retry: RetryPolicy,
  ) {}

  /** Writes the event as the next row in both places and returns the row as written. */
  async record(event: object): Promise<object> {
    const row = this.local.seal(event)
    try {
      await this.local.append(row)
    } catch (error) {
      throw new RefusedError(
        `audit write to ${this.local.path} failed (${reasonOf(error)}); stopped before the next action`,
      )
    }
    if (this.remote !== undefined) {
      const link = linkOf(row)
      const chainId = this.local.chainId
      const remote = this.remote
      if (link === undefined || chainId === undefined)
        throw new Error('audit trail: a sealed row has no chain link')
      const result = await callWithRetry(() => remote.put(chainId, link, JSON.stringify(row)), this.retry)
      if (!result.ok) {
        throw new RefusedError(
          `audit copy to ${remote.name} failed (${reasonOf(result.error)}); stopped before the next action`,
        )
      }
    }
    this.rows += 1
    return row
  }
}

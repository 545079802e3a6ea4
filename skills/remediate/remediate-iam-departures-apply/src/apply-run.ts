/**
 * The write run: identities in plan order, each identity's actions in order. Every action is announced
 * in the audit before it is made and its outcome recorded after; throttling is retried with backoff. The
 * first action of an identity that fails ends that identity: it and the identity's remaining actions go
 * to the dead letters, and the run goes on with the next identity.
 */
import { RefusedError } from '#shared/errors/index.ts'
import { scrubSecrets } from '#shared/io/index.ts'
import { formatTime } from '#shared/ocsf/index.ts'
import {
  callWithRetry,
  type Plan,
  type PlanAction,
  type PlannedIdentity,
  type Provider,
  type RetryPolicy,
} from '#shared/remediate/index.ts'
import { type ActionOutcome, type AuditContext, buildAuditEvent } from './audit-event.ts'
import type { AuditTrail } from './audit-trail.ts'
import type { DeadLetter, DeadLetterSink } from './dead-letter.ts'
import type { ActionExecutor } from './executors/action-executor.ts'

export interface ApplyRun {
  readonly plan: Plan
  readonly context: AuditContext
  readonly executors: Readonly<Partial<Record<Provider, ActionExecutor>>>
  readonly trail: AuditTrail
  readonly deadLetters: readonly DeadLetterSink[]
  readonly retry: RetryPolicy
  readonly clock: () => number
  /** Receives every audit row as written, for the run's output. */
  readonly emit: (row: object) => Promise<void>
  /** Only these action ids (a retry of dead letters); all when absent. */
  readonly only?: ReadonlySet<string>
}

export interface ApplyResult {
  succeeded: number
  failed: number
  notAttempted: number
  /** The identities the run acted on, for re-verification. */
  readonly touched: PlannedIdentity[]
}

function errorOf(error: unknown): { code: string; message: string } {
  const shape = error as { name?: unknown; code?: unknown; message?: unknown } | undefined
  const code =
    typeof shape?.code === 'string' ? shape.code : typeof shape?.name === 'string' ? shape.name : 'Error'
  const message =
    scrubSecrets(typeof shape?.message === 'string' ? shape.message : String(error)).split('\n')[0] ?? ''
  return { code, message }
}

async function deadLetter(
  run: ApplyRun,
  planned: PlannedIdentity,
  action: PlanAction,
  entry: Pick<DeadLetter, 'status' | 'error' | 'attempts'>,
) {
  const letter: DeadLetter = {
    plan_sha256: run.plan.sha256,
    identity: planned.identity,
    action,
    ...entry,
    time: formatTime(run.clock()),
  }
  for (const sink of run.deadLetters) {
    try {
      await sink.send(letter)
    } catch (error) {
      // A failure nobody can find again is worse than a stopped run: stop, as for an audit write.
      throw new RefusedError(
        `dead letter to ${sink.name} failed (${errorOf(error).message}); stopped before the next action`,
      )
    }
  }
}

export async function applyPlan(run: ApplyRun): Promise<ApplyResult> {
  const result: ApplyResult = { succeeded: 0, failed: 0, notAttempted: 0, touched: [] }
  for (const planned of run.plan.identities) {
    const actions = planned.actions.filter((action) => run.only === undefined || run.only.has(action.id))
    if (actions.length === 0) continue
    result.touched.push(planned)
    const executor = run.executors[planned.identity.provider]
    for (const [index, action] of actions.entries()) {
      await run.emit(await run.trail.record(buildAuditEvent(run.context, planned, action, run.clock())))
      const call =
        executor === undefined
          ? {
              ok: false as const,
              error: new Error(`no ${planned.identity.provider} executor configured`),
              attempts: 0,
            }
          : await callWithRetry(() => executor.run(planned, action), run.retry)
      const outcome: ActionOutcome = call.ok
        ? { ok: true, attempts: call.attempts, note: call.value }
        : { ok: false, attempts: call.attempts, ...errorOf(call.error) }
      await run.emit(
        await run.trail.record(buildAuditEvent(run.context, planned, action, run.clock(), outcome)),
      )
      if (outcome.ok) {
        result.succeeded += 1
        continue
      }
      result.failed += 1
      await deadLetter(run, planned, action, {
        status: 'failed',
        error: { code: outcome.code, message: outcome.message },
        attempts: outcome.attempts,
      })
      for (const rest of actions.slice(index + 1)) {
        result.notAttempted += 1
        await deadLetter(run, planned, rest, { status: 'not attempted', attempts: 0 })
      }
      break
    }
  }
  return result
}

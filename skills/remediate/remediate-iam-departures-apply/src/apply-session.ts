/**
 * One approved write session, whoever starts it (the command, its `retry`, the Lambda step): the checks
 * that refuse before any write, the run with its dual audit and dead letters, then re-verification of
 * every identity acted on, whose drift becomes Detection Findings.
 */
import { stableUid } from '#shared/json/index.ts'
import { formatTime } from '#shared/ocsf/index.ts'
import {
  type Approval,
  AuditLog,
  buildDriftFinding,
  checkApproval,
  driftOf,
  type IdentityDirectory,
  type Plan,
  type ProtectedPrincipals,
  type Provider,
  type RemoteAuditStore,
  type RetryPolicy,
} from '#shared/remediate/index.ts'
import { applyPlan } from './apply-run.ts'
import { AuditTrail } from './audit-trail.ts'
import type { DeadLetterSink } from './dead-letter.ts'
import type { ActionExecutor } from './executors/action-executor.ts'
import { preflight } from './preflight.ts'

export interface ApplySessionRequest {
  readonly skill: string
  readonly plan: Plan
  readonly approval: Approval
  readonly protectedPrincipals: ProtectedPrincipals
  readonly auditLogPath: string
  readonly remote?: RemoteAuditStore
  readonly deadLetters: readonly DeadLetterSink[]
  /** Built only once every check has passed, so a refused run loads no SDK and makes no call. */
  readonly executors: (providers: readonly Provider[]) => Promise<Partial<Record<Provider, ActionExecutor>>>
  readonly directories: (providers: readonly Provider[]) => Promise<readonly IdentityDirectory[]>
  readonly retry: RetryPolicy
  readonly clock: () => number
  readonly emit: (event: object) => Promise<void>
  readonly warn: (message: string) => void
  readonly only?: ReadonlySet<string>
}

export interface ApplySessionResult {
  readonly runId: string
  readonly succeeded: number
  readonly failed: number
  readonly notAttempted: number
  readonly auditRows: number
  readonly drift: number
  /** Identities that could not be read again (a read failed): neither confirmed removed nor drift. */
  readonly unverified: number
}

export async function runApplySession(request: ApplySessionRequest): Promise<ApplySessionResult> {
  const { plan, approval } = request
  checkApproval(plan, approval)
  preflight(plan, request.protectedPrincipals)
  const local = await AuditLog.open(request.auditLogPath)
  try {
    const started = request.clock()
    const runId = stableUid(plan.sha256, approval.ticket, formatTime(started))
    const providers = [...new Set(plan.identities.map((planned) => planned.identity.provider))]
    const trail = new AuditTrail(local, request.remote, request.retry)
    const result = await applyPlan({
      plan,
      context: { skill: request.skill, planSha256: plan.sha256, approval, runId },
      executors: await request.executors(providers),
      trail,
      deadLetters: request.deadLetters,
      retry: request.retry,
      clock: request.clock,
      emit: request.emit,
      only: request.only,
    })
    let drift = 0
    let unverified = 0
    const directories = await request.directories([
      ...new Set(result.touched.map((planned) => planned.identity.provider)),
    ])
    for (const planned of result.touched) {
      const directory = directories.find((candidate) => candidate.provider === planned.identity.provider)
      let current: Awaited<ReturnType<IdentityDirectory['read']>>
      try {
        if (directory === undefined) throw new Error(`no ${planned.identity.provider} reader`)
        current = await directory.read(planned.identity)
      } catch (error) {
        unverified += 1
        request.warn(`re-verification of ${planned.identity.uid} failed: ${(error as Error).message}`)
        continue
      }
      const found = driftOf(planned, current)
      if (found === undefined) continue
      drift += 1
      await request.emit(
        buildDriftFinding({
          skill: request.skill,
          drift: found,
          planSha256: plan.sha256,
          observedTime: request.clock(),
        }),
      )
    }
    return {
      runId,
      succeeded: result.succeeded,
      failed: result.failed,
      notAttempted: result.notAttempted,
      auditRows: trail.rows,
      drift,
      unverified,
    }
  } finally {
    await local.close()
  }
}

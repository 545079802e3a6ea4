/** From departure sources and identity directories to a sealed plan, with the run's accounting on the reporter. */
import { Writable } from 'node:stream'
import { Output, RecordRunner, type Reporter } from '#shared/io/index.ts'
import { formatTime } from '#shared/ocsf/index.ts'
import {
  type IdentityDirectory,
  PLAN_KIND,
  type Plan,
  type ProtectedPrincipals,
  sealPlan,
} from '#shared/remediate/index.ts'
import type { ChangeState } from './change-state.ts'
import { DepartureCollector, type HrFormat } from './departure-collector.ts'
import type { DepartureSource } from './departure-sources.ts'
import type { IdentityMapping } from './identity-mapping.ts'
import { DAY_MS, reconcile } from './reconcile.ts'

export interface PlanRequest {
  readonly sources: readonly DepartureSource[]
  readonly format?: HrFormat
  readonly directories: readonly IdentityDirectory[]
  readonly mapping: IdentityMapping
  readonly protectedPrincipals: ProtectedPrincipals
  readonly asOf: number
  readonly graceMs: number
  readonly previousState: ChangeState
}

/** The collector writes nothing itself: the plan is written whole once every source is read. */
function discardingOutput(): Output {
  return Output.toStream(new Writable({ write: (_chunk, _encoding, done) => done() }))
}

export async function makePlan(
  request: PlanRequest,
  reporter: Reporter,
): Promise<{ plan: Plan; nextState: ChangeState }> {
  const collector = new DepartureCollector(request.format)
  const runner = new RecordRunner(collector, reporter, discardingOutput())
  for (const source of request.sources) await runner.consume(source.items())
  await runner.finish()
  const reconciliation = await reconcile(collector.departures, request)
  const plan = sealPlan({
    kind: PLAN_KIND,
    version: 1,
    as_of: formatTime(request.asOf),
    grace_period_days: request.graceMs / DAY_MS,
    identities: reconciliation.identities,
    skipped: reconciliation.skipped,
    malformed: collector.malformed,
  })
  let actions = 0
  for (const planned of plan.identities) actions += planned.actions.length
  reporter.emitted = plan.identities.length
  reporter.note(
    `planned ${plan.identities.length} identities, ${actions} actions; ${plan.skipped.length} left out; plan sha256 ${plan.sha256}`,
  )
  return { plan, nextState: reconciliation.nextState }
}

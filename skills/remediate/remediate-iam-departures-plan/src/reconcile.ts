/**
 * Reconciliation: each departure against the identities the directories hold, read-only, into the plan's
 * decisions. In order: not departed yet or within the grace period (no lookup at all); the person's
 * identities by matching and by the mapping file (a mapped identity that is gone is already removed);
 * then, per identity, protected principals, rehires, and identities unchanged since the last run are
 * left out with the reason; everything else gets its ordered removal actions.
 */
import { formatTime } from '#shared/ocsf/index.ts'
import {
  actionsFor,
  type Candidate,
  type DepartureSummary,
  type IdentityDirectory,
  type IdentityRef,
  identityKey,
  type PlannedIdentity,
  type ProtectedPrincipals,
  protectionFactsOf,
  refOf,
  type SkippedDecision,
} from '#shared/remediate/index.ts'
import { type ChangeState, fingerprintOf } from './change-state.ts'
import type { Departure } from './departure.ts'
import type { IdentityMapping } from './identity-mapping.ts'

export const DAY_MS = 86_400_000

export interface ReconcileOptions {
  readonly directories: readonly IdentityDirectory[]
  readonly mapping: IdentityMapping
  readonly protectedPrincipals: ProtectedPrincipals
  readonly asOf: number
  readonly graceMs: number
  readonly previousState: ChangeState
}

export interface Reconciliation {
  readonly identities: PlannedIdentity[]
  readonly skipped: SkippedDecision[]
  /** The state to keep for the next run: every identity planned or found unchanged in this one. */
  readonly nextState: ChangeState
}

export function summaryOf(departure: Departure): DepartureSummary {
  const summary: DepartureSummary = { termination_date: departure.terminationDate, source: departure.source }
  if (departure.employeeId !== undefined) summary.employee_id = departure.employeeId
  if (departure.email !== undefined) summary.email = departure.email
  if (departure.rehireDate !== undefined) summary.rehire_date = departure.rehireDate
  return summary
}

function personKey(departure: Departure): string {
  return departure.employeeId ?? departure.email ?? departure.source
}

/**
 * One departure per person: when an export lists someone twice, the later termination stands (a rehire
 * who left again), and the other record is left out with the reason.
 */
export function latestPerPerson(departures: readonly Departure[]): {
  kept: Departure[]
  superseded: SkippedDecision[]
} {
  const latest = new Map<string, Departure>()
  for (const departure of departures) {
    const key = personKey(departure)
    const seen = latest.get(key)
    if (seen === undefined || departure.terminationTime > seen.terminationTime) latest.set(key, departure)
  }
  const kept: Departure[] = []
  const superseded: SkippedDecision[] = []
  for (const departure of departures) {
    const winner = latest.get(personKey(departure)) as Departure
    if (winner === departure) kept.push(departure)
    else
      superseded.push({
        departure: summaryOf(departure),
        reason: `superseded by ${winner.source} (a later termination)`,
      })
  }
  return { kept, superseded }
}

function rehireReason(departure: Departure, candidate: Candidate): string | undefined {
  if (departure.rehireTime === undefined) return undefined
  const { created_time: created, last_used_time: lastUsed } = candidate.identity
  const since = (time: string | undefined) =>
    time !== undefined && Date.parse(time) >= (departure.rehireTime as number)
  if (since(created)) return `rehired on ${departure.rehireDate}: the identity was created since`
  if (since(lastUsed)) return `rehired on ${departure.rehireDate}: the identity was used since`
  return undefined
}

async function candidatesOf(
  departure: Departure,
  options: ReconcileOptions,
  skipped: SkippedDecision[],
): Promise<Candidate[]> {
  const person = { email: departure.email, employeeId: departure.employeeId }
  const found = new Map<string, Candidate>()
  for (const directory of options.directories) {
    for (const candidate of await directory.find(person))
      found.set(identityKey(candidate.identity), candidate)
  }
  for (const ref of options.mapping.refsFor(departure)) {
    if (found.has(identityKey(ref))) continue
    const directory = options.directories.find((candidate) => candidate.provider === ref.provider)
    if (directory === undefined) {
      skipped.push({
        departure: summaryOf(departure),
        identity: ref,
        reason: `mapped to ${ref.provider}, which this run does not read`,
      })
      continue
    }
    const identity = await directory.read(ref)
    if (identity === undefined) {
      skipped.push({
        departure: summaryOf(departure),
        identity: ref,
        reason: 'already removed (named by the mapping file, not found)',
      })
    } else {
      found.set(identityKey(ref), { identity, match: 'mapping' })
    }
  }
  return [...found.values()]
}

export async function reconcile(
  departures: readonly Departure[],
  options: ReconcileOptions,
): Promise<Reconciliation> {
  const { kept, superseded } = latestPerPerson(departures)
  const identities: PlannedIdentity[] = []
  const skipped: SkippedDecision[] = [...superseded]
  const nextState: ChangeState = new Map()
  const claimedBy = new Map<string, string>()
  for (const departure of kept) {
    const summary = summaryOf(departure)
    if (departure.terminationTime > options.asOf) {
      skipped.push({ departure: summary, reason: 'not departed yet' })
      continue
    }
    const dueTime = departure.terminationTime + options.graceMs
    if (dueTime > options.asOf) {
      skipped.push({ departure: summary, reason: `within the grace period (until ${formatTime(dueTime)})` })
      continue
    }
    const ownSkips: SkippedDecision[] = []
    const candidates = await candidatesOf(departure, options, ownSkips)
    skipped.push(...ownSkips)
    if (candidates.length === 0 && ownSkips.length === 0) {
      skipped.push({
        departure: summary,
        reason: 'no cloud identity found (already removed, or never created)',
      })
    }
    for (const candidate of candidates) {
      const ref: IdentityRef = refOf(candidate.identity)
      const key = identityKey(ref)
      const skip = (reason: string) => skipped.push({ departure: summary, identity: ref, reason })
      const claimant = claimedBy.get(key)
      if (claimant !== undefined) {
        skip(`also matches ${claimant}; planned once`)
        continue
      }
      claimedBy.set(key, departure.source)
      const protection = options.protectedPrincipals.reasonFor(ref, protectionFactsOf(candidate.identity))
      if (protection !== undefined) {
        skip(`protected principal: ${protection}`)
        continue
      }
      const rehire = rehireReason(departure, candidate)
      if (rehire !== undefined) {
        skip(rehire)
        continue
      }
      const fingerprint = fingerprintOf(departure, candidate.identity)
      nextState.set(key, fingerprint)
      if (options.previousState.get(key) === fingerprint) {
        skip('unchanged since the last run (state file)')
        continue
      }
      identities.push({
        identity: ref,
        departure: summary,
        match: candidate.match,
        actions: actionsFor(candidate.identity, departure.terminationDate),
      })
    }
  }
  return { identities, skipped, nextState }
}

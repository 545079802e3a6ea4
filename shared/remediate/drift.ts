/**
 * Re-verification: an identity that a plan removes, read again afterwards. Anything still there is drift,
 * reported as a Detection Finding (2004) that names what is left, so the loop closes through the same
 * views and tickets as any other finding.
 */
import { stableUid } from '../json/index.ts'
import { attacksFor } from '../mitre/index.ts'
import {
  buildMetadata,
  CONFIDENCE,
  classification,
  DETECTION_FINDING,
  type DetectionFinding,
  FINDING_STATUS,
  OBSERVABLE_TYPES,
  severity,
} from '../ocsf/index.ts'
import { actionsFor } from './actions.ts'
import type { Identity } from './identity.ts'
import { cloudOf, resourceOf } from './identity-ocsf.ts'
import type { PlanAction, PlannedIdentity } from './plan.ts'

export const DRIFT_ANALYTIC = {
  uid: 'iam-departure-drift',
  name: 'Identity of a departed person still present after remediation',
  desc: "A departed person's cloud identity that an approved plan removed is still there: whoever holds its credentials keeps the access the removal was meant to end.",
}

/** A departed person's identity that can still be used to keep access: Valid Accounts: Cloud Accounts. */
const DRIFT_ATTACKS = ['TA0003:T1078.004']

export interface Drift {
  readonly planned: PlannedIdentity
  readonly current: Identity
  /** What removing it would still take, as a fresh plan would list it. */
  readonly remaining: readonly PlanAction[]
}

export function driftOf(planned: PlannedIdentity, current: Identity | undefined): Drift | undefined {
  if (current === undefined) return undefined
  return { planned, current, remaining: actionsFor(current, planned.departure.termination_date) }
}

export interface DriftFindingInput {
  readonly skill: string
  readonly drift: Drift
  readonly planSha256: string
  /** When the identity was read again: the finding's time. */
  readonly observedTime: number
}

export function buildDriftFinding(input: DriftFindingInput): DetectionFinding {
  const { planned, current, remaining } = input.drift
  const ref = planned.identity
  const person = planned.departure.email ?? planned.departure.employee_id ?? 'a departed person'
  const state = current.enabled ? 'still present and able to sign in' : 'still present'
  const title = `${resourceOf(ref).type} ${ref.name ?? ref.uid} of ${person} is ${state} after remediation`
  const left = remaining.map((action) => action.summary).join('; ')
  const uid = stableUid(DRIFT_ANALYTIC.uid, input.planSha256, ref.provider, ref.uid)
  const cloud = cloudOf(ref)
  return {
    ...classification(DETECTION_FINDING, 1),
    ...severity(current.enabled ? 'high' : 'medium'),
    ...FINDING_STATUS.new,
    ...CONFIDENCE.high,
    time: input.observedTime,
    message: title,
    is_alert: true,
    metadata: buildMetadata(input.skill, {
      uid,
      correlation_uid: input.planSha256,
      profiles: ['cloud'],
    }),
    finding_info: {
      uid,
      title,
      desc: `Termination date ${planned.departure.termination_date}. Still to do: ${left}.`,
      analytic: { ...DRIFT_ANALYTIC, type_id: 1, type: 'Rule' },
      attacks: attacksFor(DRIFT_ATTACKS),
      first_seen_time: input.observedTime,
      last_seen_time: input.observedTime,
    },
    resources: [resourceOf(ref)],
    observables: [
      { name: 'resources.uid', ...OBSERVABLE_TYPES.resourceUid, value: ref.uid },
      { name: 'resources.name', ...OBSERVABLE_TYPES.resourceName, value: ref.name ?? ref.uid },
    ],
    remediation: {
      desc: `Plan again for this identity and apply the approved plan, or remove by hand: ${left}.`,
    },
    cloud,
  }
}

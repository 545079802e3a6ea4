/**
 * The plan document: every action per identity, in the order apply runs them, the decisions not to act
 * and why, and the sha256 an approval names. The digest covers everything but itself, in canonical JSON,
 * so any edit after approval changes it.
 */

import { RefusedError } from '../errors/index.ts'
import { asObject, canonicalJson, sha256Hex } from '../json/index.ts'
import * as z from '../json/zod.ts'
import { IdentityRef } from './identity.ts'
import { OPERATION_IDS } from './operations.ts'

export const PLAN_KIND = 'iam-departures-plan'

export const PlanAction = z.strictObject({
  /** Stable across reruns: derived from the identity, the operation and its target. */
  id: z.string().min(1),
  /** 1-based position within the identity's actions. */
  step: z.int().positive(),
  operation: z.enum(OPERATION_IDS),
  summary: z.string().min(1),
  /** What the action removes or changes: a key id, a group, a policy ARN, the identity itself. */
  target: z.string().min(1),
  params: z.record(z.string(), z.string()),
})
export type PlanAction = z.infer<typeof PlanAction>

/** The HR record behind a decision, as read (dates as given), and where it was read. */
export const DepartureSummary = z.strictObject({
  employee_id: z.string().optional(),
  email: z.string().optional(),
  termination_date: z.string(),
  rehire_date: z.string().optional(),
  source: z.string(),
})
export type DepartureSummary = z.infer<typeof DepartureSummary>

export const PlannedIdentity = z.strictObject({
  identity: IdentityRef.strict(),
  departure: DepartureSummary,
  /** How the identity was tied to the departure: a tag, an email-shaped name, a mapping entry. */
  match: z.string(),
  actions: z.array(PlanAction).min(1),
})
export type PlannedIdentity = z.infer<typeof PlannedIdentity>

export const SkippedDecision = z.strictObject({
  departure: DepartureSummary,
  identity: IdentityRef.strict().optional(),
  reason: z.string(),
})
export type SkippedDecision = z.infer<typeof SkippedDecision>

export const MalformedRecord = z.strictObject({
  source: z.string(),
  line: z.int().positive().optional(),
  record: z.int().positive().optional(),
  reason: z.string(),
})
export type MalformedRecord = z.infer<typeof MalformedRecord>

export const PlanBody = z.strictObject({
  kind: z.literal(PLAN_KIND),
  version: z.literal(1),
  /** The time the plan was made for: grace periods and rehire rules are judged at it. */
  as_of: z.string(),
  grace_period_days: z.number().nonnegative(),
  identities: z.array(PlannedIdentity),
  skipped: z.array(SkippedDecision),
  malformed: z.array(MalformedRecord),
})
export type PlanBody = z.infer<typeof PlanBody>

export const Plan = PlanBody.extend({ sha256: z.string().regex(/^[0-9a-f]{64}$/) })
export type Plan = z.infer<typeof Plan>

/** sha256 of the canonical JSON of everything in the plan except the sha256 member itself. */
export function planDigest(plan: object): string {
  const { sha256: _sha256, ...body } = plan as Record<string, unknown>
  return sha256Hex(canonicalJson(body))
}

export function sealPlan(body: PlanBody): Plan {
  return { ...body, sha256: planDigest(body) }
}

/** Pretty JSON with a final newline: plans are read by the people who approve them. */
export function renderPlan(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`
}

/**
 * Reads a plan file's text. A plan that is not valid, or whose sha256 no longer matches its content, is
 * refused: it was edited after it was made, so no approval can stand for it.
 */
export function parsePlan(text: string, name: string): Plan {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new RefusedError(`${name}: not a plan: ${(error as Error).message}`)
  }
  const result = Plan.safeParse(value)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new RefusedError(`${name}: not a valid plan: ${issue?.path.join('.')}: ${issue?.message}`)
  }
  const digest = planDigest(asObject(value) ?? {})
  if (digest !== result.data.sha256) {
    throw new RefusedError(
      `${name}: the plan changed after it was made (its content hashes to ${digest}, not ${result.data.sha256})`,
    )
  }
  return result.data
}

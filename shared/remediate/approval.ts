/**
 * The approval record a human writes to let a plan run: who approved, under which ticket, and the exact
 * plan (its sha256). Anything else, or a plan that is not the one approved, is refused before any write.
 */

import { RefusedError } from '../errors/index.ts'
import * as z from '../json/zod.ts'
import type { Plan } from './plan.ts'

export const Approval = z.strictObject({
  approver: z.string().trim().min(3, 'name the approver'),
  ticket: z.string().trim().min(1, 'name the change ticket'),
  plan_sha256: z.string().regex(/^[0-9a-f]{64}$/, 'the sha256 of the approved plan'),
  approved_time: z.string().optional(),
  comment: z.string().optional(),
})
export type Approval = z.infer<typeof Approval>

export function parseApproval(text: string, name: string): Approval {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new RefusedError(`${name}: not an approval record: ${(error as Error).message}`)
  }
  const result = Approval.safeParse(value)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new RefusedError(
      `${name}: not a valid approval record: ${issue?.path.join('.') || 'record'}: ${issue?.message}`,
    )
  }
  return result.data
}

/** Throws RefusedError unless the approval names this very plan. */
export function checkApproval(plan: Plan, approval: Approval): void {
  if (approval.plan_sha256 !== plan.sha256) {
    throw new RefusedError(
      `the approval (ticket ${approval.ticket}) is for plan ${approval.plan_sha256}, not this plan ${plan.sha256}: plan again and have the new plan approved`,
    )
  }
}

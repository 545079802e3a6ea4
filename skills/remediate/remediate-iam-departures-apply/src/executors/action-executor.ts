/** What runs one plan action against its provider: resolves when done, rejects with the provider's error. */
import type { PlanAction, PlannedIdentity } from '#shared/remediate/index.ts'

export interface ActionExecutor {
  /** Runs the action; returns a note when nothing needed doing (`already absent`). */
  run(planned: PlannedIdentity, action: PlanAction): Promise<string | undefined>
}

export const ALREADY_ABSENT = 'already absent'

/** A parameter the plan must carry for the operation; checked before any call. */
export function param(action: PlanAction, name: string): string {
  const value = action.params[name]
  if (value === undefined || value.length === 0)
    throw new Error(`plan action ${action.id} (${action.operation}) has no ${name}`)
  return value
}

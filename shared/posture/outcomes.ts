/** Outcomes every cloud benchmark needs: a part of one item that could not be collected, and nothing to evaluate. */
import type { Cloud, ResourceDetails } from '../ocsf/index.ts'
import type { ControlOutcome } from './control.ts'

/** Worded as evaluateControls words a whole failed section, so every Unknown reads the same way. */
export function collectionFailed(
  resource: ResourceDetails,
  cloud: Cloud,
  reasons: readonly string[],
): ControlOutcome {
  return {
    status: 'unknown',
    detail: `Could not evaluate: collection failed (${reasons.join('; ')}).`,
    resource,
    cloud,
  }
}

/**
 * A control over every bucket, rule or account of a scope still says something when there are none, so an
 * empty project shows the control as Not Applicable instead of leaving it out of the report.
 */
export function orNotApplicable(
  outcomes: ControlOutcome[],
  resource: ResourceDetails,
  cloud: Cloud,
  detail: string,
): ControlOutcome[] {
  if (outcomes.length > 0) return outcomes
  return [{ status: 'not-applicable', detail, resource, cloud }]
}

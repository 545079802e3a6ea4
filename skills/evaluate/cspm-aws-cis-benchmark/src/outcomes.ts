/** Outcomes shared by many controls: a part of one item that could not be collected, and nothing to evaluate. */
import type { Cloud, ResourceDetails } from '#shared/ocsf/index.ts'
import type { ControlOutcome } from '#shared/posture/index.ts'

/** Worded as the harness words a whole failed section, so every Unknown reads the same way. */
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
 * A control over every bucket, trail or group of the account still says something when there are none,
 * so an empty account shows the control as Not Applicable instead of leaving it out of the report.
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

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`
}

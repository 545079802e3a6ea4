/**
 * GuardDuty severity (a number from 1.0 to 10.0) to OCSF severity, by the ranges GuardDuty documents for
 * its levels: Low 1.0 to 3.9, Medium 4.0 to 6.9, High 7.0 to 8.9, Critical 9.0 to 10.0. Values between 0
 * and 1.0, which older findings carried (Low once began at 0.1), read as Low; anything else is Unknown.
 */
import type { SeverityName } from '#shared/ocsf/index.ts'

export function severityOfGuardDuty(value: unknown): SeverityName {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 10) return 'unknown'
  if (value >= 9) return 'critical'
  if (value >= 7) return 'high'
  if (value >= 4) return 'medium'
  return 'low'
}

/**
 * ASFF severity to OCSF severity. `Severity.Label` is the one Security Hub keeps current (a customer's
 * BatchUpdateFindings changes it); the deprecated `Normalized` (0 to 100) reads by the ranges Security
 * Hub itself uses to derive the label: 0 Informational, 1-39 Low, 40-69 Medium, 70-89 High, 90-100
 * Critical. The provider's own `FindingProviderFields.Severity.Label` comes last.
 */
import { asInt, asString, type JsonObject, path } from '#shared/json/index.ts'
import type { SeverityName } from '#shared/ocsf/index.ts'

const LABELS: Readonly<Record<string, SeverityName>> = {
  INFORMATIONAL: 'informational',
  LOW: 'low',
  MEDIUM: 'medium',
  HIGH: 'high',
  CRITICAL: 'critical',
}

function ofNormalized(value: number | undefined): SeverityName | undefined {
  if (value === undefined || value < 0 || value > 100) return undefined
  if (value >= 90) return 'critical'
  if (value >= 70) return 'high'
  if (value >= 40) return 'medium'
  if (value >= 1) return 'low'
  return 'informational'
}

export function severityOfAsff(finding: JsonObject): SeverityName {
  return (
    LABELS[asString(path(finding, 'Severity', 'Label')) ?? ''] ??
    ofNormalized(asInt(path(finding, 'Severity', 'Normalized'))) ??
    LABELS[asString(path(finding, 'FindingProviderFields', 'Severity', 'Label')) ?? ''] ??
    'unknown'
  )
}

/**
 * OCSF severity_id to SARIF. GitHub code scanning reads `security-severity` (0.1 to 10.0) and shows
 * critical above 9.0, high from 7.0, medium from 4.0 and low below; `level` is the SARIF fallback.
 */
export interface SarifSeverity {
  readonly securitySeverity: string
  readonly level: 'error' | 'warning' | 'note'
}

export const SEVERITY_TO_SARIF: Readonly<Record<number, SarifSeverity>> = {
  6: { securitySeverity: '10.0', level: 'error' },
  5: { securitySeverity: '9.5', level: 'error' },
  4: { securitySeverity: '8.0', level: 'error' },
  3: { securitySeverity: '5.5', level: 'warning' },
  2: { securitySeverity: '3.0', level: 'note' },
  1: { securitySeverity: '1.0', level: 'note' },
}

export function sarifSeverityOf(severityId: number | undefined): SarifSeverity {
  return SEVERITY_TO_SARIF[severityId ?? 0] ?? { securitySeverity: '1.0', level: 'note' }
}

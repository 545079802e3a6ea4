/**
 * ASFF `Compliance.Status` to OCSF compliance.status_id. NOT_AVAILABLE means the check could not run
 * (a service outage, an API error, or an AWS Config result of NOT_APPLICABLE): its outcome is unknown,
 * never a pass. The original value stays in compliance.status_code.
 */
export const COMPLIANCE_STATUSES: Readonly<Record<string, { status_id: 0 | 1 | 2 | 3; status: string }>> = {
  PASSED: { status_id: 1, status: 'Pass' },
  WARNING: { status_id: 2, status: 'Warning' },
  FAILED: { status_id: 3, status: 'Fail' },
  NOT_AVAILABLE: { status_id: 0, status: 'Unknown' },
}

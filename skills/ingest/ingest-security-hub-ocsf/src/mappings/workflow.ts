/**
 * Where a finding stands, from ASFF to OCSF finding status_id. `Workflow.Status` is the investigation
 * status (NEW, NOTIFIED, RESOLVED, SUPPRESSED); the deprecated `WorkflowState` is read when it is absent.
 * Neither is New. A finding the provider archived (RecordState ARCHIVED) that is still open is Archived.
 */
import type { FINDING_STATUS } from '#shared/ocsf/index.ts'

export const WORKFLOW_STATUSES: Readonly<Record<string, keyof typeof FINDING_STATUS>> = {
  NEW: 'new',
  NOTIFIED: 'inProgress',
  RESOLVED: 'resolved',
  SUPPRESSED: 'suppressed',
  // WorkflowState values
  ASSIGNED: 'inProgress',
  IN_PROGRESS: 'inProgress',
  DEFERRED: 'suppressed',
}

/**
 * OCSF 1.8.0 for the toolkit: the types of the emitted classes, class constants, builders, and time
 * parsing. The zod models themselves, validation and the Detection Finding builder (which validates its
 * evidence) are in models.ts, so a skill that only builds events never loads zod.
 */
export {
  type Benchmark,
  buildComplianceFinding,
  type ComplianceControl,
  type ComplianceFindingInput,
  type ControlStatus,
} from './compliance-finding.ts'
export type { DetectionFindingInput, FindingRule } from './detection-finding.ts'
export {
  ACCOUNT_TYPES,
  ACTIVITY_STATUS,
  CONFIDENCE,
  FINDING_STATUS,
  isSeverityName,
  OBSERVABLE_TYPES,
  type ObservableKind,
  SEVERITY_IDS,
  type SeverityId,
  type SeverityName,
  severity,
} from './enums.ts'
export {
  ACCOUNT_CHANGE,
  API_ACTIVITY,
  CLOUD_RESOURCES_INVENTORY_INFO,
  COMPLIANCE_FINDING,
  classification,
  DETECTION_FINDING,
  EVENT_CLASSES,
  type EventClass,
  HTTP_ACTIVITY,
  NETWORK_ACTIVITY,
  OCSF_VERSION,
} from './event-classes.ts'
export { dedupeObservables, MAX_EVIDENCES, MAX_RELATED_EVENTS, observablesOf } from './finding-evidence.ts'
export { buildMetadata, productOf, TOOLKIT_NAME, TOOLKIT_VERSION } from './metadata.ts'
export { isOcsfEvent, type OcsfEvent } from './ocsf-event.ts'
export type * from './schema/classes.ts'
export type * from './schema/objects.ts'
export { formatTime, parseDuration, parseEventTime } from './time.ts'

/** OCSF 1.8.0 for the toolkit: zod models, class constants, builders of findings, and time parsing. */
export {
  type Benchmark,
  buildComplianceFinding,
  type ComplianceControl,
  type ComplianceFindingInput,
  type ControlStatus,
} from './compliance-finding.ts'
export {
  buildDetectionFinding,
  type DetectionFindingInput,
  dedupeObservables,
  type FindingRule,
  MAX_EVIDENCES,
  MAX_RELATED_EVENTS,
  observablesOf,
} from './detection-finding.ts'
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
export { buildMetadata, productOf, TOOLKIT_NAME, TOOLKIT_VERSION } from './metadata.ts'
export { isOcsfEvent, type OcsfEvent } from './ocsf-event.ts'
export * from './schema/classes.ts'
export * from './schema/objects.ts'
export { formatTime, parseDuration, parseEventTime } from './time.ts'
export { MODELLED_CLASS_UIDS, ocsfProblems } from './validate.ts'

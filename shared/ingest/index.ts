/** What every ingester shares: event times without guessing, provenance metadata, --assume-time, and the carry-over of other products' findings. */
export { evidencesOfFindingAction } from './aws-finding-action.ts'
export { ASSUMED_TIME_LABEL, type EventTime, resolveEventTime } from './event-time.ts'
export { asEventBridgeEvent, type EventBridgeEvent } from './eventbridge.ts'
export { httpMethodOf } from './http-method.ts'
export { addIngestOptions, type IngestOptions } from './ingest-options.ts'
export {
  buildIngestedComplianceFinding,
  buildIngestedDetectionFinding,
  type FindingActivity,
  type FindingTimes,
  type IngestedFindingInput,
} from './ingested-finding.ts'
export { type Provenance, provenanceMetadata } from './provenance.ts'
export { REDACTED, redactSecretMembers, secretMemberKey } from './secret-redaction.ts'
export {
  type AttackHints,
  attackSequenceHints,
  type SourceAttacks,
  sourceAttacks,
} from './source-attacks.ts'

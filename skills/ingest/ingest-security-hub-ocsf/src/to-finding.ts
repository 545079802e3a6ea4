/**
 * Maps one ASFF finding to OCSF: a check against a standard (a `Compliance` block, or a type under
 * "Software and Configuration Checks/Industry and Regulatory Standards") becomes a Compliance Finding
 * (2003), anything else a Detection Finding (2004). Either keeps Security Hub's finding id, severity and
 * times; the event time is `UpdatedAt` (else the EventBridge event's time, else `CreatedAt`).
 */
import {
  buildIngestedComplianceFinding,
  buildIngestedDetectionFinding,
  type EventBridgeEvent,
  type EventTime,
  type FindingActivity,
  type IngestedFindingInput,
} from '#shared/ingest/index.ts'
import type { Location } from '#shared/io/index.ts'
import {
  asArray,
  asBoolean,
  asInt,
  asObject,
  asString,
  asStrings,
  compact,
  compactOrOmit,
  type JsonObject,
  path,
} from '#shared/json/index.ts'
import {
  ACCOUNT_TYPES,
  type ComplianceFinding,
  type DetectionFinding,
  parseEventTime,
} from '#shared/ocsf/index.ts'
import { attacksOf } from './attacks.ts'
import { complianceOf, isComplianceFinding } from './compliance.ts'
import { evidencesOf } from './evidence.ts'
import { severityOfAsff } from './mappings/severity.ts'
import { WORKFLOW_STATUSES } from './mappings/workflow.ts'
import { resourcesOf } from './resources.ts'

export const SKILL_NAME = 'ingest-security-hub-ocsf'

export interface MappingContext {
  readonly location: Location
  readonly eventTime: EventTime
  readonly eventUid: string
  readonly eventBridge?: EventBridgeEvent
}

function isArchived(finding: JsonObject): boolean {
  return asString(finding.RecordState) === 'ARCHIVED'
}

function activityOf(finding: JsonObject): FindingActivity {
  if (isArchived(finding)) return 'close'
  const created = parseEventTime(finding.CreatedAt)
  const updated = parseEventTime(finding.UpdatedAt)
  return created !== undefined && updated !== undefined && updated > created ? 'update' : 'create'
}

/** A resolved or suppressed finding keeps that status when archived; an open one becomes Archived. */
function statusOf(finding: JsonObject) {
  const workflow = asString(path(finding, 'Workflow', 'Status')) ?? asString(finding.WorkflowState)
  const status = (workflow === undefined ? undefined : WORKFLOW_STATUSES[workflow]) ?? 'new'
  if (isArchived(finding) && (status === 'new' || status === 'inProgress')) return 'archived'
  return status
}

/** The CVE ids of a vulnerability finding; OCSF's Vulnerability Finding (2002) is not a class the toolkit emits. */
function vulnerabilityIdsOf(finding: JsonObject): string[] | undefined {
  const ids = (asArray(finding.Vulnerabilities) ?? [])
    .map((vulnerability) => asString(path(vulnerability, 'Id')))
    .filter((id) => id !== undefined)
  return ids.length > 0 ? ids : undefined
}

function remediationOf(finding: JsonObject) {
  const text = asString(path(finding, 'Remediation', 'Recommendation', 'Text'))
  if (text === undefined) return undefined
  const url = asString(path(finding, 'Remediation', 'Recommendation', 'Url'))
  return compact({ desc: text, references: url === undefined ? undefined : [url] })
}

/**
 * The generator of the finding. A standards check is a rule by definition, and its title is the
 * control's, the same for every resource; other products neither say how they detected nor give a
 * name that stays the same across findings, so the generator id is the name too.
 */
function analyticOf(finding: JsonObject, standardsCheck: boolean) {
  const uid = asString(finding.GeneratorId) ?? asString(finding.ProductArn)
  if (standardsCheck)
    return compact({ uid, name: asString(finding.Title) ?? uid, type_id: 1 as const, type: 'Rule' })
  return compact({ uid, name: uid, type_id: 0 as const, type: 'Unknown' })
}

function commonInput(
  finding: JsonObject,
  context: MappingContext,
  standardsCheck: boolean,
): IngestedFindingInput {
  const id = asString(finding.Id) as string
  const { attacks, unpinnedTechniques } = attacksOf(finding)
  const status = statusOf(finding)
  const accountUid = asString(finding.AwsAccountId)
  const confidence = asInt(finding.Confidence)
  return {
    skill: SKILL_NAME,
    findingUid: id,
    eventUid: context.eventUid,
    provenance: {
      originalEventUid: id,
      location: context.location,
      eventTime: context.eventTime,
      logProvider: 'AWS Security Hub',
    },
    activity: activityOf(finding),
    severity: severityOfAsff(finding),
    status,
    isAlert: (status === 'new' || status === 'inProgress') && !isArchived(finding),
    title: asString(finding.Title) ?? asString(finding.GeneratorId) ?? id,
    desc: asString(finding.Description),
    analytic: analyticOf(finding, standardsCheck),
    product: compactOrOmit({
      uid: asString(finding.ProductArn),
      name: asString(finding.ProductName),
      vendor_name: asString(finding.CompanyName),
    }),
    types: asStrings(finding.Types),
    attacks,
    times: {
      created: parseEventTime(finding.CreatedAt),
      modified: parseEventTime(finding.UpdatedAt),
      firstSeen: parseEventTime(finding.FirstObservedAt),
      lastSeen: parseEventTime(finding.LastObservedAt),
    },
    srcUrl: asString(finding.SourceUrl),
    evidences: evidencesOf(finding),
    resources: resourcesOf(finding),
    cloud: compact({
      provider: 'AWS',
      account:
        accountUid === undefined
          ? undefined
          : compact({ uid: accountUid, name: asString(finding.AwsAccountName), ...ACCOUNT_TYPES.awsAccount }),
      region: asString(finding.Region) ?? context.eventBridge?.region,
    }),
    confidenceScore:
      confidence !== undefined && confidence >= 0 && confidence <= 100 ? confidence : undefined,
    remediation: remediationOf(finding),
    labels: asBoolean(finding.Sample) === true ? ['sample'] : undefined,
    unmapped: compactOrOmit({
      schema_version: asString(finding.SchemaVersion),
      record_state: asString(finding.RecordState),
      workflow_status: asString(path(finding, 'Workflow', 'Status')) ?? asString(finding.WorkflowState),
      severity_original: asString(path(finding, 'Severity', 'Original')),
      criticality: asInt(finding.Criticality),
      product_fields: asObject(finding.ProductFields),
      vulnerability_ids: vulnerabilityIdsOf(finding),
      unpinned_techniques: unpinnedTechniques.length > 0 ? unpinnedTechniques : undefined,
    }),
  }
}

export function toOcsfFinding(
  finding: JsonObject,
  context: MappingContext,
): DetectionFinding | ComplianceFinding {
  if (!isComplianceFinding(finding))
    return buildIngestedDetectionFinding(commonInput(finding, context, false))
  const compliance = complianceOf(finding)
  const input = commonInput(finding, context, true)
  // A compliance finding alerts only when the check failed and nobody has resolved or suppressed it.
  return buildIngestedComplianceFinding({
    ...input,
    isAlert: input.isAlert && compliance.status_id === 3,
    compliance,
  })
}

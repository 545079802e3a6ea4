/**
 * Maps one GuardDuty finding to an OCSF Detection Finding (2004). The finding keeps GuardDuty's id,
 * severity and times: its version is the one `updatedAt` names, and the event time is that update
 * (else the EventBridge event's time, else `createdAt`).
 */
import {
  buildIngestedDetectionFinding,
  type EventBridgeEvent,
  type EventTime,
  evidencesOfFindingAction,
  type FindingActivity,
} from '#shared/ingest/index.ts'
import type { Location } from '#shared/io/index.ts'
import {
  asBoolean,
  asInt,
  asString,
  compact,
  compactOrOmit,
  type JsonObject,
  pathOfEitherCase,
} from '#shared/json/index.ts'
import { ACCOUNT_TYPES, type DetectionFinding, type Evidences, parseEventTime } from '#shared/ocsf/index.ts'
import { attacksOf } from './attacks.ts'
import { parseFindingType } from './finding-type.ts'
import { severityOfGuardDuty } from './mappings/severity.ts'
import { actorOf, resourcesOf } from './resources.ts'

export const SKILL_NAME = 'ingest-guardduty-ocsf'

const at = pathOfEitherCase

export interface MappingContext {
  readonly location: Location
  readonly eventTime: EventTime
  readonly eventUid: string
  readonly eventBridge?: EventBridgeEvent
}

function timeOf(finding: JsonObject, ...keys: string[]): number | undefined {
  return parseEventTime(at(finding, ...keys))
}

/** An archived finding is closed; one updated after its creation is a later version of it. */
function activityOf(finding: JsonObject, archived: boolean): FindingActivity {
  if (archived) return 'close'
  const created = timeOf(finding, 'createdAt')
  const updated = timeOf(finding, 'updatedAt')
  return created !== undefined && updated !== undefined && updated > created ? 'update' : 'create'
}

/** The actor goes with the action's first evidence, as one piece: who did what from where. */
function evidencesOf(finding: JsonObject): Evidences[] {
  const [first, ...rest] = evidencesOfFindingAction(at(finding, 'service', 'action'))
  const actor = actorOf(finding)
  if (actor === undefined) return first === undefined ? [] : [first, ...rest]
  return [{ actor, ...first }, ...rest]
}

export function toDetectionFinding(finding: JsonObject, context: MappingContext): DetectionFinding {
  const id = asString(at(finding, 'id')) as string
  const type = asString(at(finding, 'type')) as string
  const typeParts = parseFindingType(type)
  const archived = asBoolean(at(finding, 'service', 'archived')) === true
  const { attacks, unpinnedTechniques } = attacksOf(finding, typeParts)
  const accountUid = asString(at(finding, 'accountId'))
  const featureName = asString(at(finding, 'service', 'featureName'))
  return buildIngestedDetectionFinding({
    skill: SKILL_NAME,
    findingUid: id,
    findingUidAlt: asString(at(finding, 'arn')),
    eventUid: context.eventUid,
    provenance: {
      originalEventUid: id,
      location: context.location,
      eventTime: context.eventTime,
      logProvider: 'Amazon GuardDuty',
    },
    activity: activityOf(finding, archived),
    severity: severityOfGuardDuty(at(finding, 'severity')),
    status: archived ? 'archived' : 'new',
    isAlert: !archived,
    title: asString(at(finding, 'title')) ?? type,
    desc: asString(at(finding, 'description')),
    analytic: compact({
      uid: type,
      name: type,
      category: typeParts?.threat_purpose,
      type_id: 0,
      type: 'Unknown',
    }),
    product: compact({
      name: 'Amazon GuardDuty',
      vendor_name: 'Amazon Web Services',
      feature: featureName === undefined ? undefined : { name: featureName },
    }),
    types: [type],
    attacks,
    times: {
      created: timeOf(finding, 'createdAt'),
      modified: timeOf(finding, 'updatedAt'),
      firstSeen: timeOf(finding, 'service', 'eventFirstSeen'),
      lastSeen: timeOf(finding, 'service', 'eventLastSeen'),
    },
    count: asInt(at(finding, 'service', 'count')),
    evidences: evidencesOf(finding),
    resources: resourcesOf(finding),
    cloud: compact({
      provider: 'AWS',
      account: accountUid === undefined ? undefined : { uid: accountUid, ...ACCOUNT_TYPES.awsAccount },
      region: asString(at(finding, 'region')) ?? context.eventBridge?.region,
      cloud_partition: asString(at(finding, 'partition')),
    }),
    labels: asBoolean(at(finding, 'service', 'additionalInfo', 'sample')) === true ? ['sample'] : undefined,
    unmapped: compactOrOmit({
      guardduty_severity: at(finding, 'severity'),
      finding_type: typeParts,
      detector_id: asString(at(finding, 'service', 'detectorId')),
      schema_version: asString(at(finding, 'schemaVersion')),
      unpinned_techniques: unpinnedTechniques.length > 0 ? unpinnedTechniques : undefined,
    }),
  })
}

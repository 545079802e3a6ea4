/**
 * The forms ASFF findings arrive in: single findings, `{"Findings": [...]}` (GetFindings output and
 * BatchImportFindings input), JSON arrays, and EventBridge events of Security Hub, whose `detail.findings`
 * holds one or more findings that share the event's envelope.
 */
import { RecordError } from '#shared/errors/index.ts'
import { asEventBridgeEvent, type EventBridgeEvent } from '#shared/ingest/index.ts'
import { asObject, asString, type JsonObject, path, recordsIn } from '#shared/json/index.ts'

/** A finding taken out of an EventBridge event, with the event beside it. */
export class EventBridgeFinding {
  constructor(
    readonly finding: unknown,
    readonly event: EventBridgeEvent,
  ) {}
}

export type AsffRead =
  | { readonly finding: JsonObject; readonly eventBridge?: EventBridgeEvent }
  | { readonly dropReason: string }

/** The event types that carry findings; others (Insight Results) carry aggregates. */
const FINDING_EVENT_TYPES: ReadonlySet<string> = new Set([
  'Security Hub Findings - Imported',
  'Security Hub Findings - Custom Action',
])

function readFinding(value: unknown): JsonObject {
  const object = asObject(value)
  if (object === undefined) throw new RecordError('not an ASFF finding', 'not a JSON object')
  if (asString(object.Id) !== undefined && asString(object.ProductArn) !== undefined) return object
  if (asString(object.type) !== undefined && asObject(object.service) !== undefined) {
    throw new RecordError('not an ASFF finding', 'a GuardDuty finding: use ingest-guardduty-ocsf')
  }
  throw new RecordError('not an ASFF finding', 'no Id and ProductArn')
}

export function readAsffRecord(record: unknown): AsffRead {
  if (record instanceof EventBridgeFinding) {
    return { finding: readFinding(record.finding), eventBridge: record.event }
  }
  const event = asEventBridgeEvent(record)
  if (event === undefined) return { finding: readFinding(record) }
  if (event.source !== 'aws.securityhub') {
    return { dropReason: 'EventBridge event that is not from Security Hub' }
  }
  return { dropReason: 'Security Hub event without findings' }
}

export function recordsOfValue(value: unknown): readonly unknown[] {
  const event = asEventBridgeEvent(value)
  if (event !== undefined) {
    const findings = path(event.detail, 'findings')
    if (event.source !== 'aws.securityhub' || !FINDING_EVENT_TYPES.has(event.detailType)) return [value]
    if (!Array.isArray(findings)) return [value]
    return findings.map((finding) => new EventBridgeFinding(finding, event))
  }
  return recordsIn(value, ['Findings', 'findings'])
}

/**
 * The forms GuardDuty findings arrive in, each read into the finding and its EventBridge envelope when
 * there is one: single findings (S3 export JSONL, the API's camelCase JSON), GetFindings output
 * (`{"Findings": [...]}`, PascalCase from the AWS CLI), JSON arrays, and EventBridge events whose
 * `detail` is the finding.
 */
import { RecordError } from '#shared/errors/index.ts'
import { asEventBridgeEvent, type EventBridgeEvent } from '#shared/ingest/index.ts'
import { asObject, asString, type JsonObject, pathOfEitherCase, recordsIn } from '#shared/json/index.ts'

export type GuardDutyRead =
  | { readonly finding: JsonObject; readonly eventBridge?: EventBridgeEvent }
  | { readonly dropReason: string }

const at = pathOfEitherCase

function isFinding(object: JsonObject): boolean {
  if (asString(at(object, 'type')) === undefined || asString(at(object, 'id')) === undefined) return false
  return at(object, 'service') !== undefined || at(object, 'schemaVersion') !== undefined
}

/** Security Hub's form of a finding, which has its own ingester. */
function isAsff(object: JsonObject): boolean {
  return asString(object.ProductArn) !== undefined && asString(object.GeneratorId) !== undefined
}

function readFinding(value: unknown, where: string): JsonObject {
  const object = asObject(value)
  if (object === undefined) throw new RecordError('not a GuardDuty finding', `${where} is not a JSON object`)
  if (isAsff(object)) {
    throw new RecordError('not a GuardDuty finding', 'an ASFF finding: use ingest-security-hub-ocsf')
  }
  if (!isFinding(object)) {
    throw new RecordError('not a GuardDuty finding', `${where} has no type, id and service`)
  }
  return object
}

export function readGuardDutyRecord(record: unknown): GuardDutyRead {
  const event = asEventBridgeEvent(record)
  if (event === undefined) return { finding: readFinding(record, 'the record') }
  if (event.source !== 'aws.guardduty' || event.detailType !== 'GuardDuty Finding') {
    return { dropReason: 'EventBridge event that is not a GuardDuty finding' }
  }
  return { finding: readFinding(event.detail, 'the event detail'), eventBridge: event }
}

/** GetFindings output (`Findings` from the CLI, `findings` from the REST API) and JSON arrays hold several. */
export function recordsOfValue(value: unknown): readonly unknown[] {
  return recordsIn(value, ['Findings', 'findings'])
}

/**
 * One small reader per form CloudTrail records arrive in, each chosen by a type guard and each returning
 * the same CloudTrailRecord: records as CloudTrail writes them (S3 log files, arrays, one per line, also
 * with lower-cased keys), EventBridge events, and LookupEvents results with the record as a JSON string.
 */
import { RecordError } from '#shared/errors/index.ts'
import { asEventBridgeEvent, type EventBridgeEvent } from '#shared/ingest/index.ts'
import { asArray, asObject, asString, type JsonObject, recordsIn } from '#shared/json/index.ts'
import type { CloudTrailRecord, Envelope, EnvelopeResource } from './cloudtrail-record.ts'
import { RECORD_MEMBERS } from './mappings/record-members.ts'

/** Result of reading one record: a CloudTrail record, or the reason it is not one (counted as dropped). */
export type VariantResult = { readonly record: CloudTrailRecord } | { readonly dropReason: string }

const NO_ENVELOPE: Envelope = { times: [], resources: [] }

const MEMBER_BY_LOWER_CASE = new Map(RECORD_MEMBERS.map((member) => [member.toLowerCase(), member]))

/** Gives lower-cased top-level keys their CloudTrail names back; a key already present under its own name wins. */
function withRecordMemberNames(object: JsonObject): JsonObject {
  if (typeof object.eventName === 'string') return object
  const renamed: JsonObject = {}
  for (const [key, value] of Object.entries(object)) {
    const member = MEMBER_BY_LOWER_CASE.get(key) ?? key
    if (!Object.hasOwn(object, member) || member === key) renamed[member] = value
  }
  return renamed
}

function isInsightsEvent(event: JsonObject): boolean {
  return event.eventType === 'AwsCloudTrailInsight' || event.eventCategory === 'Insight'
}

function readRecord(object: JsonObject, form: CloudTrailRecord['form'], envelope: Envelope): VariantResult {
  const event = withRecordMemberNames(object)
  if (isInsightsEvent(event)) return { dropReason: 'CloudTrail Insights event' }
  // S3, SQS and DynamoDB event notifications also carry eventName and eventSource, as `aws:s3` and so on.
  if (asString(event.eventSource)?.startsWith('aws:')) {
    return { dropReason: 'AWS service notification, not a CloudTrail record' }
  }
  if (typeof event.eventName !== 'string' || event.eventName.length === 0) {
    throw new RecordError('not a CloudTrail record', 'no eventName')
  }
  return { record: { form, event, envelope } }
}

/** EventBridge delivers CloudTrail records under these detail types; the bus carries every other event too. */
const CLOUDTRAIL_DETAIL_TYPE = / via CloudTrail$/

function readEventBridge(bridged: EventBridgeEvent): VariantResult {
  if (bridged.detailType === 'AWS Insight via CloudTrail') return { dropReason: 'CloudTrail Insights event' }
  if (!CLOUDTRAIL_DETAIL_TYPE.test(bridged.detailType)) {
    return { dropReason: 'EventBridge event not from CloudTrail' }
  }
  const detail = asObject(bridged.detail)
  if (detail === undefined)
    throw new RecordError('not a CloudTrail record', 'EventBridge detail is not an object')
  return readRecord(detail, 'eventbridge', {
    times: [bridged.time],
    accountUid: bridged.account,
    region: bridged.region,
    resources: [],
  })
}

function parseCloudTrailEvent(text: string): JsonObject {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new RecordError('malformed CloudTrailEvent', (error as Error).message)
  }
  const object = asObject(value)
  if (object === undefined) throw new RecordError('malformed CloudTrailEvent', 'not a JSON object')
  return object
}

function lookupResourcesOf(value: unknown): EnvelopeResource[] {
  const resources: EnvelopeResource[] = []
  for (const item of asArray(value) ?? []) {
    const resource = asObject(item)
    const name = asString(resource?.ResourceName)
    if (name !== undefined) resources.push({ type: asString(resource?.ResourceType), name })
  }
  return resources
}

/** A LookupEvents result (API, SDK or `aws cloudtrail lookup-events`): the record is the CloudTrailEvent string. */
function readLookupEvent(object: JsonObject, cloudTrailEvent: string): VariantResult {
  return readRecord(parseCloudTrailEvent(cloudTrailEvent), 'lookup-events', {
    times: [object.EventTime],
    resources: lookupResourcesOf(object.Resources),
  })
}

export function readVariant(raw: unknown): VariantResult {
  const object = asObject(raw)
  if (object === undefined) throw new RecordError('not a JSON object')
  const bridged = asEventBridgeEvent(object)
  if (bridged !== undefined) return readEventBridge(bridged)
  const cloudTrailEvent = asString(object.CloudTrailEvent)
  if (cloudTrailEvent !== undefined) return readLookupEvent(object, cloudTrailEvent)
  if (typeof object.digestPublicKeyFingerprint === 'string') return { dropReason: 'CloudTrail digest file' }
  return readRecord(object, 'records', NO_ENVELOPE)
}

/** Containers a file may hold: CloudTrail's S3 log files (`Records`) and `lookup-events` output (`Events`). */
export function recordsOfValue(value: unknown): readonly unknown[] {
  return recordsIn(value, ['Records', 'Events'])
}

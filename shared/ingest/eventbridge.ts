/**
 * Amazon EventBridge events: the envelope AWS services send their findings and API events in
 * (`version`, `id`, `detail-type`, `source`, `account`, `time`, `region`, `resources`, `detail`).
 */
import { asObject, asString } from '../json/index.ts'

export interface EventBridgeEvent {
  readonly id?: string
  readonly source: string
  readonly detailType: string
  /** The event's time as sent (RFC 3339): the fallback time of what `detail` holds. */
  readonly time?: string
  readonly account?: string
  readonly region?: string
  readonly detail: unknown
}

/** The envelope of an EventBridge event, or undefined for any other value. */
export function asEventBridgeEvent(value: unknown): EventBridgeEvent | undefined {
  const object = asObject(value)
  if (object === undefined || !Object.hasOwn(object, 'detail')) return undefined
  const source = asString(object.source)
  const detailType = asString(object['detail-type'])
  if (source === undefined || detailType === undefined) return undefined
  return {
    id: asString(object.id),
    source,
    detailType,
    time: asString(object.time),
    account: asString(object.account),
    region: asString(object.region),
    detail: object.detail,
  }
}

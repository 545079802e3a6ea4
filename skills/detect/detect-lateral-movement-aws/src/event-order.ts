/**
 * One order for evidence, whatever order the merged logs arrive in: event time, then the event's id.
 * Keeping the first few in this order, rather than the first few to arrive, is what makes a finding the
 * same when the flow logs come before the CloudTrail records or after them.
 */
import type { OcsfEvent } from '#shared/ocsf/index.ts'

export interface Ordered {
  readonly uid: string
  readonly time: number
}

/** The event's own id: metadata.uid, which both ingesters derive from the record. */
export function eventUidOf(event: OcsfEvent): string {
  const uid = event.metadata.uid ?? event.metadata.original_event_uid
  return typeof uid === 'string' && uid.length > 0 ? uid : `${event.class_uid}:${event.time}`
}

export function compareOrdered(a: Ordered, b: Ordered): number {
  if (a.time !== b.time) return a.time - b.time
  if (a.uid === b.uid) return 0
  return a.uid < b.uid ? -1 : 1
}

/** Puts the item in its place in a list kept in this order. */
export function insertInOrder<T extends Ordered>(list: T[], item: T): void {
  let index = list.length
  while (index > 0 && compareOrdered(list[index - 1] as T, item) > 0) index -= 1
  list.splice(index, 0, item)
}

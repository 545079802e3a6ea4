/**
 * Merges a rule's firings on the same key within a window into one finding, emitted when the window
 * closes in event time (or at end of input). Open groups are bounded: the oldest is emitted early
 * rather than forgotten when the bound is reached.
 */

import { MAX_EVIDENCES, type OcsfEvent } from '../ocsf/index.ts'
import { BoundedMap } from '../state/index.ts'
import type { Detection, RuleMetadata } from './rule.ts'

export interface FindingGroup {
  readonly rule: RuleMetadata
  readonly detection: Detection
  readonly events: OcsfEvent[]
  eventCount: number
  readonly firstSeen: number
  lastSeen: number
}

export class FindingAggregator {
  private readonly groups: BoundedMap<string, FindingGroup>
  private watermark = Number.NEGATIVE_INFINITY

  constructor(
    private readonly windowMs: number,
    capacity: number,
  ) {
    this.groups = new BoundedMap(capacity)
  }

  /** Adds a firing; returns groups that had to close to make room or because this firing starts a new window. */
  add(rule: RuleMetadata, detection: Detection): FindingGroup[] {
    const closed: FindingGroup[] = []
    const key = `${rule.id}\u001f${detection.key.join('\u001f')}`
    let firstSeen = Number.POSITIVE_INFINITY
    let lastSeen = Number.NEGATIVE_INFINITY
    for (const event of detection.events) {
      firstSeen = Math.min(firstSeen, event.time)
      lastSeen = Math.max(lastSeen, event.time)
    }
    this.watermark = Math.max(this.watermark, lastSeen)
    const open = this.groups.get(key)
    if (open !== undefined && firstSeen - open.firstSeen <= this.windowMs && firstSeen >= open.firstSeen) {
      for (const event of detection.events) if (open.events.length < MAX_EVIDENCES) open.events.push(event)
      open.eventCount += detection.eventCount ?? detection.events.length
      open.lastSeen = Math.max(open.lastSeen, lastSeen)
      return closed
    }
    if (open !== undefined) {
      this.groups.delete(key)
      closed.push(open)
    }
    const group: FindingGroup = {
      rule,
      detection,
      events: detection.events.slice(0, MAX_EVIDENCES),
      eventCount: detection.eventCount ?? detection.events.length,
      firstSeen,
      lastSeen,
    }
    const evicted = this.groups.set(key, group)
    if (evicted !== undefined) closed.push(evicted[1])
    return closed
  }

  /** Notes the time of an event that fired nothing, so windows close as time passes. */
  advance(time: number): void {
    if (time > this.watermark) this.watermark = time
  }

  /** Groups whose window has passed the watermark, oldest first. */
  takeClosed(): FindingGroup[] {
    const horizon = this.watermark - this.windowMs
    return sortGroups(this.groups.takeWhere((group) => group.firstSeen < horizon).map(([, group]) => group))
  }

  takeAll(): FindingGroup[] {
    const all = this.groups.takeWhere(() => true).map(([, group]) => group)
    return sortGroups(all)
  }
}

function sortGroups(groups: FindingGroup[]): FindingGroup[] {
  return groups.sort(
    (a, b) =>
      a.firstSeen - b.firstSeen ||
      a.rule.id.localeCompare(b.rule.id) ||
      a.detection.key.join('\u001f').localeCompare(b.detection.key.join('\u001f')),
  )
}

/**
 * Counts the distinct things (secrets, instances) each key (a principal) touches within a window, for
 * rules that fire on "many in a short time". Events may arrive out of order, as cloud logs are delivered:
 * a key's window is the span of its events, and an event more than the window away from either end
 * starts a new count. Once the threshold is reached the tally hands back the events that made it up,
 * then every later event of the window alone, so the finding aggregator merges them. Keys and items per
 * key are bounded.
 */
import { MAX_RELATED_EVENTS, type OcsfEvent } from '../ocsf/index.ts'
import { BoundedMap } from '../state/index.ts'

export interface DistinctTallyOptions {
  readonly windowMs: number
  readonly threshold: number
  /** Keys followed at once; past it the least recently seen is forgotten. */
  readonly maxKeys?: number
  /** Distinct items remembered per key. */
  readonly maxItemsPerKey?: number
}

export type TallyOutcome =
  | { readonly reached: false }
  /** `events` are those that made up the count when it was reached, else the one event just added. */
  | {
      readonly reached: true
      readonly first: boolean
      readonly count: number
      readonly spanMs: number
      readonly events: OcsfEvent[]
    }

interface Count {
  earliest: number
  latest: number
  readonly items: Set<string>
  readonly events: OcsfEvent[]
  fired: boolean
}

export class DistinctTally {
  private readonly counts: BoundedMap<string, Count>
  private readonly maxItemsPerKey: number

  constructor(private readonly options: DistinctTallyOptions) {
    this.counts = new BoundedMap(options.maxKeys ?? 10_000)
    this.maxItemsPerKey = options.maxItemsPerKey ?? 1_000
  }

  /** Adds what one event touched; `bulk` reaches the threshold at once (one call that touches everything). */
  add(key: string, items: readonly string[], event: OcsfEvent, bulk = false): TallyOutcome {
    const count = this.countFor(key, event.time)
    const before = count.items.size
    for (const item of items) {
      if (count.items.size < this.maxItemsPerKey) count.items.add(item)
    }
    const spanMs = count.latest - count.earliest
    if (count.fired) return { reached: true, first: false, count: count.items.size, spanMs, events: [event] }
    // An event that adds nothing new to the count is not part of what made it.
    if ((count.items.size > before || bulk) && count.events.length < MAX_RELATED_EVENTS)
      count.events.push(event)
    if (!bulk && count.items.size < this.options.threshold) return { reached: false }
    count.fired = true
    return { reached: true, first: true, count: count.items.size, spanMs, events: count.events.splice(0) }
  }

  private countFor(key: string, time: number): Count {
    const open = this.counts.get(key)
    const window = this.options.windowMs
    if (open !== undefined && time - open.earliest <= window && open.latest - time <= window) {
      open.earliest = Math.min(open.earliest, time)
      open.latest = Math.max(open.latest, time)
      this.counts.set(key, open)
      return open
    }
    const fresh: Count = { earliest: time, latest: time, items: new Set(), events: [], fired: false }
    this.counts.set(key, fresh)
    return fresh
  }
}

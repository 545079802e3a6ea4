/**
 * Recent events per workload identity: each list keeps the latest few in event time, and the set of
 * identities is a BoundedMap that forgets the least recently written first. The correlation state grows
 * only here and in the open findings, so these are its ceilings.
 */
import { BoundedMap } from '#shared/state/index.ts'
import { insertInOrder, type Ordered } from './event-order.ts'

export class WorkloadStore<T extends Ordered> {
  private readonly lists: BoundedMap<string, T[]>

  constructor(
    workloads: number,
    private readonly perWorkload: number,
  ) {
    this.lists = new BoundedMap(workloads)
  }

  /** Files the item under each of its keys; false when every list already held it (a record read twice). */
  add(keys: readonly string[], item: T): boolean {
    let added = false
    for (const key of keys) {
      const list = this.lists.get(key) ?? []
      if (list.some((stored) => stored.uid === item.uid)) continue
      insertInOrder(list, item)
      // The earliest goes first: in logs read in time order it is the one least likely to match again.
      if (list.length > this.perWorkload) list.shift()
      this.lists.set(key, list)
      added = true
    }
    return added
  }

  /** The items filed under any of the keys, each once. */
  find(keys: readonly string[]): T[] {
    const found = new Map<string, T>()
    for (const key of keys) for (const item of this.lists.get(key) ?? []) found.set(item.uid, item)
    return [...found.values()]
  }
}

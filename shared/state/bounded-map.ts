/**
 * A map that holds at most `capacity` entries and forgets the least recently written one first.
 * Every piece of correlation state in the toolkit lives in one, so memory has a ceiling whatever the input.
 */
export class BoundedMap<K, V> {
  private readonly entries = new Map<K, V>()
  /**
   * Walks the entries in insertion order to find the oldest, kept from one eviction to the next. A fresh
   * iterator steps over every entry deleted since the map last compacted its storage, so a full map's
   * writes slowed with the number of entries evicted (800,000 writes to a full map of 100,000 took 50 s).
   * Every entry before this cursor has been deleted, so the entry it reaches next is the oldest one.
   */
  private oldest: IterableIterator<[K, V]> = this.entries.entries()
  evicted = 0

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError('capacity must be a positive integer')
  }

  get size(): number {
    return this.entries.size
  }

  get(key: K): V | undefined {
    return this.entries.get(key)
  }

  has(key: K): boolean {
    return this.entries.has(key)
  }

  /** Sets the value and makes the key the most recent; returns the entry evicted to make room, if any. */
  set(key: K, value: V): [K, V] | undefined {
    this.entries.delete(key)
    this.entries.set(key, value)
    if (this.entries.size <= this.capacity) return undefined
    const oldest = this.nextOldest()
    if (oldest === undefined) return undefined
    this.entries.delete(oldest[0])
    this.evicted += 1
    return oldest
  }

  delete(key: K): boolean {
    return this.entries.delete(key)
  }

  private nextOldest(): [K, V] | undefined {
    let next = this.oldest.next()
    if (next.done === true) {
      this.oldest = this.entries.entries()
      next = this.oldest.next()
    }
    return next.done === true ? undefined : next.value
  }

  /** Entries from least to most recently written. */
  [Symbol.iterator](): IterableIterator<[K, V]> {
    return this.entries[Symbol.iterator]()
  }

  /** Removes and returns, oldest first, the entries the predicate selects. */
  takeWhere(predicate: (value: V, key: K) => boolean): Array<[K, V]> {
    const taken: Array<[K, V]> = []
    for (const [key, value] of this.entries) {
      if (predicate(value, key)) taken.push([key, value])
    }
    for (const [key] of taken) this.entries.delete(key)
    return taken
  }

  clear(): void {
    this.entries.clear()
    this.oldest = this.entries.entries()
  }
}

/** A set with the same ceiling: remembers the most recent `capacity` keys. */
export class BoundedSet<K> {
  private readonly map: BoundedMap<K, true>

  constructor(capacity: number) {
    this.map = new BoundedMap(capacity)
  }

  has(key: K): boolean {
    return this.map.has(key)
  }

  add(key: K): void {
    this.map.set(key, true)
  }

  get size(): number {
    return this.map.size
  }
}

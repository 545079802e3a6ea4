/**
 * A set of the most recent `capacity` keys that holds each key as 128 bits of its SHA-256 in typed arrays:
 * a ring of digests in the order they were added, and an open-addressing index over the ring. It allocates
 * nothing per key, so a set seen by millions of keys costs the garbage collector nothing, and 100,000 keys
 * take 2.6 MiB where as many hex digest strings in a Map take about 10 MiB.
 */
import { hash } from 'node:crypto'

const WORDS = 4

export class BoundedDigestSet {
  /** Digest words of the keys, in ring order: slot `index` holds words `index * 4` to `index * 4 + 3`. */
  private readonly ring: Uint32Array
  /** Open addressing with linear probing: ring slot + 1, or 0 for an empty bucket. */
  private readonly buckets: Int32Array
  private readonly mask: number
  /** The ring slot the next key is written to; once full, it holds the oldest key. */
  private next = 0
  private count = 0
  private readonly digest = new Uint32Array(WORDS)
  /** The key `digest` holds: `has(key)` then `add(key)`, the usual pair, hashes once. */
  private digested: string | undefined

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1 || capacity > 1 << 26)
      throw new RangeError('capacity must be an integer from 1 to 67,108,864')
    this.ring = new Uint32Array(capacity * WORDS)
    // At most half the buckets in use keeps probe runs short.
    let size = 2
    while (size < capacity * 2) size *= 2
    this.buckets = new Int32Array(size)
    this.mask = size - 1
  }

  get size(): number {
    return this.count
  }

  has(key: string): boolean {
    this.digestOf(key)
    return this.find() >= 0
  }

  /** Adds the key, forgetting the earliest added one when full; a key already present stays where it is. */
  add(key: string): void {
    this.digestOf(key)
    if (this.find() >= 0) return
    const slot = this.next
    if (this.count === this.capacity) this.remove(slot)
    else this.count += 1
    this.ring.set(this.digest, slot * WORDS)
    let bucket = this.homeOf(slot)
    while (this.buckets[bucket] !== 0) bucket = (bucket + 1) & this.mask
    this.buckets[bucket] = slot + 1
    this.next = slot + 1 === this.capacity ? 0 : slot + 1
  }

  private digestOf(key: string): void {
    if (key === this.digested) return
    this.digested = key
    const bytes = hash('sha256', key, 'buffer')
    for (let word = 0; word < WORDS; word += 1) this.digest[word] = bytes.readUInt32LE(word * 4)
  }

  /** The bucket a ring slot's probe run starts at. */
  private homeOf(slot: number): number {
    return (this.ring[slot * WORDS] ?? 0) & this.mask
  }

  /** The bucket holding the current digest, or -1. */
  private find(): number {
    const { ring, buckets, digest } = this
    for (let bucket = (digest[0] ?? 0) & this.mask; ; bucket = (bucket + 1) & this.mask) {
      const entry = buckets[bucket] ?? 0
      if (entry === 0) return -1
      const at = (entry - 1) * WORDS
      if (
        ring[at] === digest[0] &&
        ring[at + 1] === digest[1] &&
        ring[at + 2] === digest[2] &&
        ring[at + 3] === digest[3]
      )
        return bucket
    }
  }

  /** Empties the bucket of a ring slot and shifts later entries of its probe run back (no tombstones). */
  private remove(slot: number): void {
    const { buckets, mask } = this
    let hole = this.homeOf(slot)
    while (buckets[hole] !== slot + 1) hole = (hole + 1) & mask
    buckets[hole] = 0
    for (let bucket = (hole + 1) & mask; buckets[bucket] !== 0; bucket = (bucket + 1) & mask) {
      const entry = buckets[bucket] ?? 0
      const home = this.homeOf(entry - 1)
      // An entry may fill the hole only if its home bucket is not cyclically within (hole, bucket].
      const homeAfterHole = hole <= bucket ? hole < home && home <= bucket : hole < home || home <= bucket
      if (homeAfterHole) continue
      buckets[hole] = entry
      buckets[bucket] = 0
      hole = bucket
    }
  }
}

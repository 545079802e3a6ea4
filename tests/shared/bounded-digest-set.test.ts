/** BoundedDigestSet answers exactly as a first-in, first-out set of the last `capacity` distinct keys. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BoundedDigestSet } from '#shared/state/index.ts'

/** The obvious implementation: keys in the order they were first added, the earliest dropped when full. */
class ReferenceSet {
  private readonly keys: string[] = []
  constructor(private readonly capacity: number) {}
  has(key: string): boolean {
    return this.keys.includes(key)
  }
  add(key: string): void {
    if (this.has(key)) return
    this.keys.push(key)
    if (this.keys.length > this.capacity) this.keys.shift()
  }
  get size(): number {
    return this.keys.length
  }
}

const operation = fc.record({ add: fc.boolean(), key: fc.integer({ min: 0, max: 40 }).map(String) })

describe('BoundedDigestSet', () => {
  it('agrees with a reference set on every add and lookup, through evictions and wrap-around', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.array(operation, { maxLength: 400 }),
        (capacity, operations) => {
          const set = new BoundedDigestSet(capacity)
          const reference = new ReferenceSet(capacity)
          for (const { add, key } of operations) {
            if (add) {
              set.add(key)
              reference.add(key)
            }
            expect(set.has(key)).toBe(reference.has(key))
            expect(set.size).toBe(reference.size)
          }
          for (let key = 0; key <= 40; key += 1) expect(set.has(String(key))).toBe(reference.has(String(key)))
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('holds a large window exactly: the last capacity keys in, every earlier one out', () => {
    const set = new BoundedDigestSet(50_000)
    for (let key = 0; key < 180_000; key += 1) set.add(`request-${key}`)
    expect(set.size).toBe(50_000)
    expect(set.has('request-129999')).toBe(false)
    for (let key = 130_000; key < 180_000; key += 1) expect(set.has(`request-${key}`)).toBe(true)
    for (let key = 0; key < 130_000; key += 997) expect(set.has(`request-${key}`)).toBe(false)
  })

  it('refuses a capacity it cannot hold', () => {
    expect(() => new BoundedDigestSet(0)).toThrow(RangeError)
    expect(() => new BoundedDigestSet(1.5)).toThrow(RangeError)
  })
})

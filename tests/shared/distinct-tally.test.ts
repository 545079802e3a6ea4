/** shared/detect DistinctTally: distinct items per key within a window, out-of-order events, one firing per window. */
import { describe, expect, it } from 'vitest'
import { DistinctTally } from '#shared/detect/index.ts'
import type { OcsfEvent } from '#shared/ocsf/index.ts'

const MINUTE = 60_000

function event(time: number, uid: string): OcsfEvent {
  return { class_uid: 6003, time, metadata: { original_event_uid: uid } } as OcsfEvent
}

describe('DistinctTally', () => {
  it('reaches the threshold on the third distinct item, handing back the events that made it', () => {
    const tally = new DistinctTally({ windowMs: 10 * MINUTE, threshold: 3 })
    expect(tally.add('alice', ['a'], event(0, 'e1')).reached).toBe(false)
    expect(tally.add('alice', ['a'], event(1, 'e2')).reached).toBe(false)
    expect(tally.add('alice', ['b'], event(2, 'e3')).reached).toBe(false)
    const outcome = tally.add('alice', ['c'], event(3, 'e4'))
    expect(outcome).toMatchObject({ reached: true, first: true, count: 3, spanMs: 3 })
    if (!outcome.reached) throw new Error('not reached')
    // e2 added nothing new, so it is not part of what made the count.
    expect(outcome.events.map((item) => item.metadata.original_event_uid)).toEqual(['e1', 'e3', 'e4'])
    expect(tally.add('alice', ['d'], event(4, 'e5'))).toMatchObject({ reached: true, first: false })
  })

  it('keeps keys apart and starts again once the window has passed', () => {
    const tally = new DistinctTally({ windowMs: MINUTE, threshold: 2 })
    tally.add('alice', ['a'], event(0, 'e1'))
    expect(tally.add('bob', ['b'], event(1, 'e2')).reached).toBe(false)
    expect(tally.add('alice', ['b'], event(2 * MINUTE, 'e3')).reached).toBe(false)
    expect(tally.add('alice', ['c'], event(2 * MINUTE + 1, 'e4')).reached).toBe(true)
  })

  it('counts events logged out of order within the window', () => {
    const tally = new DistinctTally({ windowMs: MINUTE, threshold: 3 })
    tally.add('alice', ['a'], event(30_000, 'e1'))
    tally.add('alice', ['b'], event(10_000, 'e2'))
    expect(tally.add('alice', ['c'], event(20_000, 'e3'))).toMatchObject({ reached: true, spanMs: 20_000 })
  })

  it('reaches the threshold at once for a bulk read', () => {
    const tally = new DistinctTally({ windowMs: MINUTE, threshold: 10 })
    expect(tally.add('alice', [], event(0, 'e1'), true)).toMatchObject({
      reached: true,
      first: true,
      count: 0,
    })
  })

  it('remembers a bounded number of keys and items', () => {
    const tally = new DistinctTally({ windowMs: MINUTE, threshold: 3, maxKeys: 1, maxItemsPerKey: 2 })
    tally.add('alice', ['a', 'b'], event(0, 'e1'))
    tally.add('bob', ['a'], event(1, 'e2'))
    // alice was forgotten to make room for bob, and bob can never hold three items.
    expect(tally.add('alice', ['c'], event(2, 'e3')).reached).toBe(false)
    expect(tally.add('bob', ['b', 'c', 'd'], event(3, 'e4')).reached).toBe(false)
  })
})

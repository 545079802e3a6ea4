/** Time parsing that never guesses, and secret scrubbing of messages. */
import { describe, expect, it } from 'vitest'
import { scrubSecrets } from '#shared/io/index.ts'
import { stableUid } from '#shared/json/index.ts'
import { parseDuration, parseEventTime } from '#shared/ocsf/index.ts'
import { BoundedMap } from '#shared/state/index.ts'

describe('parseEventTime', () => {
  it.each([
    ['2026-03-02T09:31:12Z', Date.UTC(2026, 2, 2, 9, 31, 12)],
    ['2026-03-02T09:31:12.660123Z', Date.UTC(2026, 2, 2, 9, 31, 12, 660)],
    ['2026-03-02T10:31:12+01:00', Date.UTC(2026, 2, 2, 9, 31, 12)],
    ['2026-03-02 09:31:12.000000000', Date.UTC(2026, 2, 2, 9, 31, 12)],
    ['2026-03-02T09:31:12', Date.UTC(2026, 2, 2, 9, 31, 12)],
    [1772443872, 1772443872000],
    [1772443872660, 1772443872660],
    ['1772443872', 1772443872000],
    [1772443872660000, 1772443872660],
  ])('reads %s', (input, expected) => {
    expect(parseEventTime(input)).toBe(expected)
  })

  it.each([
    ['2026-13-02T00:00:00Z'],
    ['2026-02-30T00:00:00Z'],
    ['yesterday'],
    [''],
    [null],
    [-5],
    [42],
    ['02/03/2026'],
  ])('refuses %s', (input) => {
    expect(parseEventTime(input)).toBeUndefined()
  })

  it('reads durations', () => {
    expect(parseDuration('90s')).toBe(90_000)
    expect(parseDuration('10m')).toBe(600_000)
    expect(parseDuration('7d')).toBe(604_800_000)
    expect(parseDuration('soon')).toBeUndefined()
  })
})

describe('scrubSecrets', () => {
  it.each([
    ['key AKIAIOSFODNN7EXAMPLE used', 'AKIAIOSFODNN7EXAMPLE'],
    [
      'Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW0ifQ.c2lnbmF0dXJlLXZhbHVl',
      'eyJhbGciOiJSUzI1NiJ9',
    ],
    ['https://bucket.example/x?X-Amz-Signature=abcdef0123&sig=zzz', 'abcdef0123'],
    ['token sk-proj-abcdefghijklmnopqrstuv', 'abcdefghijklmnopqrstuv'],
    ['{"password": "hunter2"}', 'hunter2'],
    ['-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----', 'MIIE'],
  ])('removes the secret from %s', (text, secret) => {
    expect(scrubSecrets(text)).not.toContain(secret)
  })
})

describe('stableUid and BoundedMap', () => {
  it('gives the same uid for the same parts and another for others', () => {
    expect(stableUid('a', 1)).toBe(stableUid('a', 1))
    expect(stableUid('a', 1)).not.toBe(stableUid('a', 2))
    expect(stableUid('a', 1)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('never holds more than its capacity and evicts the oldest write', () => {
    const map = new BoundedMap<string, number>(2)
    map.set('a', 1)
    map.set('b', 2)
    map.set('a', 3)
    expect(map.set('c', 4)).toEqual(['b', 2])
    expect([...map]).toEqual([
      ['a', 3],
      ['c', 4],
    ])
    expect(map.evicted).toBe(1)
  })
})

/** shared/posture versions: driver, TLS and image-tag versions compared part by part as numbers. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareVersions, isOlderThan, parseVersion } from '#shared/posture/index.ts'

describe('parseVersion', () => {
  it.each([
    ['535.183.01', [535, 183, 1]],
    ['v0.10.1', [0, 10, 1]],
    ['1.2', [1, 2]],
    ['12', [12]],
    [' 580.95.05 ', [580, 95, 5]],
  ])('%j reads as %j', (text, parts) => {
    expect(parseVersion(text)).toEqual(parts)
  })

  it.each(['', 'latest', '12.2-rc1', '1..2', '.1', '1.2.', 'v', '535.183.01-1ubuntu1'])(
    'refuses %j',
    (text) => {
      expect(parseVersion(text)).toBeUndefined()
    },
  )
})

describe('compareVersions', () => {
  it.each([
    ['535.183.01', '535.54.03', 1],
    ['535.54.03', '535.183.01', -1],
    ['535.54.03', '535.54.3', 0],
    ['12.2', '12.2.0', 0],
    ['580.95.05', '580.159.03', -1],
    ['0.9.2', '0.10.1', -1],
    ['1.3', '1.2.9', 1],
  ])('%s against %s is %i', (a, b, expected) => {
    expect(compareVersions(parseVersion(a) ?? [], parseVersion(b) ?? [])).toBe(expected)
  })

  const version = fc.array(fc.nat({ max: 999 }), { minLength: 1, maxLength: 4 })

  it('is antisymmetric and agrees with itself', () => {
    fc.assert(
      fc.property(version, version, (a, b) => {
        expect(compareVersions(a, b)).toBe(-compareVersions(b, a) || 0)
        expect(compareVersions(a, a)).toBe(0)
      }),
    )
  })

  it('is transitive', () => {
    fc.assert(
      fc.property(version, version, version, (a, b, c) => {
        if (compareVersions(a, b) <= 0 && compareVersions(b, c) <= 0)
          expect(compareVersions(a, c)).toBeLessThan(1)
      }),
    )
  })
})

describe('isOlderThan', () => {
  it('compares as versions, not as strings', () => {
    expect('535.183.01' < '535.54.03').toBe(true)
    expect(isOlderThan('535.183.01', '535.54.03')).toBe(false)
    expect(isOlderThan('535.54.03', '535.183.01')).toBe(true)
  })

  it('never calls an unreadable version older', () => {
    expect(isOlderThan('latest', '1.0')).toBe(false)
    expect(isOlderThan('1.0', 'latest')).toBe(false)
  })
})

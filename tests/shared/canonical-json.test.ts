/** canonicalJson's one-pass form gives exactly the text of sorting every object's keys by hand. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from '#shared/json/index.ts'

function byHand(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => byHand(item ?? null)).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const members: string[] = []
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key]
      if (member !== undefined) members.push(`${JSON.stringify(key)}:${byHand(member)}`)
    }
    return `{${members.join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

describe('canonicalJson', () => {
  it('matches sorting by hand for anything JSON.parse gives', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = JSON.parse(JSON.stringify(value)) as unknown
        expect(canonicalJson(parsed)).toBe(byHand(parsed))
      }),
      { numRuns: 5000 },
    )
  })

  it.each([
    ['integer-like keys', '{"10":1,"2":2,"1":3,"b":{"a":1}}'],
    [
      'keys named after Object.prototype members',
      '{"constructor":{"b":2,"a":1},"toString":"x","valueOf":[1]}',
    ],
    ['a __proto__ key', '{"b":1,"a":[{"z":1,"__proto__":{"x":1}},null],"__proto__":3}'],
  ])('matches sorting by hand for %s', (_label, text) => {
    const parsed = JSON.parse(text) as unknown
    expect(canonicalJson(parsed)).toBe(byHand(parsed))
  })
})

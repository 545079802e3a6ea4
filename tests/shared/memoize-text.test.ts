import { describe, expect, it } from 'vitest'
import { memoizeText } from '../../shared/json/index.ts'

describe('memoizeText', () => {
  it('computes each distinct input once while under its limit', () => {
    const seen: string[] = []
    const upper = memoizeText((text) => {
      seen.push(text)
      return text.toUpperCase()
    }, 2)
    expect([upper('a'), upper('b'), upper('a'), upper('b')]).toEqual(['A', 'B', 'A', 'B'])
    expect(seen).toEqual(['a', 'b'])
  })

  it('keeps no more than its limit: later inputs are computed every time, and still right', () => {
    const seen: string[] = []
    const upper = memoizeText((text) => {
      seen.push(text)
      return text.toUpperCase()
    }, 2)
    for (const text of ['a', 'b', 'c', 'c', 'a']) upper(text)
    expect(seen).toEqual(['a', 'b', 'c', 'c'])
    expect(upper('c')).toBe('C')
  })

  it('treats inherited names such as __proto__ as plain inputs', () => {
    const quote = memoizeText((text) => JSON.stringify(text))
    expect(quote('__proto__')).toBe('"__proto__"')
    expect(quote('constructor')).toBe('"constructor"')
    expect(quote('__proto__')).toBe('"__proto__"')
  })
})

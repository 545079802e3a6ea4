/** GuardDuty's documented severity ranges, at their edges. */
import { describe, expect, it } from 'vitest'
import { severityOfGuardDuty } from '../../src/mappings/severity.ts'

describe('GuardDuty severity', () => {
  it.each([
    [0.5, 'low'],
    [1, 'low'],
    [3.9, 'low'],
    [4, 'medium'],
    [6.9, 'medium'],
    [7, 'high'],
    [8.9, 'high'],
    [9, 'critical'],
    [10, 'critical'],
    [0, 'unknown'],
    [10.5, 'unknown'],
    [-1, 'unknown'],
    ['8', 'unknown'],
    [undefined, 'unknown'],
  ])('%s is %s', (value, expected) => {
    expect(severityOfGuardDuty(value)).toBe(expected)
  })
})

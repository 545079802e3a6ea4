/** Every control's metadata: benchmark numbering, severity, ATT&CK from the pinned catalogue, frameworks, remediation. */
import { describe, expect, it } from 'vitest'
import { attacksFor } from '#shared/mitre/index.ts'
import { CONTROLS } from '../../src/controls/index.ts'
import { emptyData, subjectOf } from './snapshot-data.ts'

function compareIds(a: string, b: string): number {
  const left = a.split('.').map(Number)
  const right = b.split('.').map(Number)
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? -1) - (right[index] ?? -1)
    if (difference !== 0) return difference
  }
  return 0
}

describe('the controls', () => {
  it('are at least 18, unique, in the benchmark order', () => {
    const ids = CONTROLS.map((control) => control.id)
    expect(ids.length).toBeGreaterThanOrEqual(18)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort(compareIds)).toEqual(ids)
  })

  it.each(CONTROLS.map((control) => [control.id, control] as const))('%s is complete', (_id, control) => {
    expect(control.title).toMatch(/^(Ensure|Do not|Eliminate|Maintain) /)
    expect(() => attacksFor(control.attacks ?? [])).not.toThrow()
    expect(control.attacks?.length).toBeGreaterThan(0)
    expect(control.requirements.some((requirement) => requirement.startsWith('NIST CSF 2.0 '))).toBe(true)
    expect(control.requirements.some((requirement) => requirement.startsWith('SOC 2 '))).toBe(true)
    expect(control.remediation.length).toBeGreaterThan(40)
    for (const reference of control.references ?? []) expect(reference).toMatch(/^https:\/\//)
    expect(control.sections.length).toBeGreaterThan(0)
  })

  it.each(CONTROLS.map((control) => [control.id, control] as const))(
    '%s says something about an empty account',
    (_id, control) => {
      const outcomes = control.evaluate(subjectOf(emptyData()))
      expect(outcomes.length).toBeGreaterThan(0)
    },
  )
})

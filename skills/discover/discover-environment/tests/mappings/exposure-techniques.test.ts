/** The overlay table: every technique is in the pinned catalogues, every exposure has one row, every row a reason. */
import { describe, expect, it } from 'vitest'
import { assertTechniqueRefs, findTechnique } from '#shared/mitre/index.ts'
import { EXPOSURE_TECHNIQUES, EXPOSURES } from '../../src/mappings/exposure-techniques.ts'

describe('EXPOSURE_TECHNIQUES', () => {
  it.each(EXPOSURE_TECHNIQUES)('$type $exposure cites pinned techniques with a reason', (row) => {
    expect(() => assertTechniqueRefs(row.techniques)).not.toThrow()
    for (const technique of row.techniques) expect(findTechnique(technique)).toBeDefined()
    expect(row.reason.length).toBeGreaterThan(30)
    expect(row.reason.endsWith('.')).toBe(true)
  })

  it('has exactly one row per exposure', () => {
    expect(EXPOSURE_TECHNIQUES.map((row) => row.exposure).sort()).toEqual([...EXPOSURES].sort())
  })

  it('covers the techniques the inventory promises', () => {
    const all = new Set(EXPOSURE_TECHNIQUES.flatMap((row) => row.techniques))
    for (const id of [
      'T1098.001',
      'T1552.001',
      'T1530',
      'T1021.004',
      'T1133',
      'T1199',
      'T1078.004',
      'T1552.005',
      'T1648',
      'AML.T0040',
    ])
      expect(all.has(id)).toBe(true)
  })
})

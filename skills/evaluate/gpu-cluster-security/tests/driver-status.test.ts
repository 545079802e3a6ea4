/** Driver versions against the bulletin table and the branch lifecycle, compared as versions. */
import { describe, expect, it } from 'vitest'
import { branchSupportAt, endOfLifeAfter } from '../src/data/driver-branches.ts'
import { DRIVER_BULLETINS } from '../src/data/driver-bulletins.ts'
import { driverVerdict } from '../src/driver-status.ts'
import { MARCH_2026 } from './inventory-of.ts'

const NOVEMBER_2026 = Date.UTC(2026, 10, 1)

describe('driverVerdict', () => {
  it.each([
    ['580.178.04', MARCH_2026, 'pass'],
    ['580.178.10', MARCH_2026, 'pass'],
    ['580.159.03', MARCH_2026, 'fail'],
    ['580.95.05', MARCH_2026, 'fail'],
    ['595.91.07', MARCH_2026, 'pass'],
    ['620.12.01', MARCH_2026, 'pass'],
    ['535.309.01', MARCH_2026, 'fail'],
    ['570.195.03', MARCH_2026, 'fail'],
    ['470.256.02', MARCH_2026, 'fail'],
    ['latest', MARCH_2026, 'unknown'],
    ['580', MARCH_2026, 'unknown'],
  ])('%s at %s is %s', (version, time, status) => {
    expect(driverVerdict(version, time).status).toBe(status)
  })

  it('compares as versions, not as strings: 580.159.03 is newer than 580.95.05', () => {
    expect('580.159.03' < '580.95.05').toBe(true)
    const detail = driverVerdict('580.159.03', MARCH_2026).detail
    expect(detail).toContain('580.178.04 (bulletin 5861')
    expect(detail).not.toContain('580.95.05 (bulletin 5703')
  })

  it('lists every bulletin whose fix a driver lacks, with its CVEs', () => {
    const detail = driverVerdict('580.82.07', MARCH_2026).detail
    expect(detail).toContain(
      'older than the fixed versions 580.95.05 (bulletin 5703 (2025-10-09: CVE-2025-23280',
    )
    expect(detail).toContain('580.159.03 (bulletin 5821')
    expect(detail).toContain('580.178.04 (bulletin 5861')
  })

  it('fails a branch the newest bulletin no longer fixes, even at its last fixed version', () => {
    expect(driverVerdict('535.309.01', MARCH_2026).detail).toBe(
      'driver 535.309.01: R535 has no fixed version in bulletin 5861 (2026-09-30: CVE-2026-47501, CVE-2026-47587, CVE-2026-47588, CVE-2026-47591, CVE-2026-47595, CVE-2026-47599), the newest bulletin in the table',
    )
  })

  it('fails a branch past its end of life', () => {
    expect(driverVerdict('570.195.03', MARCH_2026).detail).toContain(
      'R570 (Production Branch) reached end of life after 2026-02',
    )
    expect(driverVerdict('610.57.04', NOVEMBER_2026).detail).toContain(
      'R610 (New Feature Branch) reached end of life after 2026-08',
    )
    expect(driverVerdict('610.57.04', MARCH_2026).status).toBe('pass')
  })

  it('says until when a passing branch is supported', () => {
    expect(driverVerdict('580.178.04', MARCH_2026).detail).toBe(
      'driver 580.178.04 has every fix the bulletins in the table (through 5861) list for R580; R580 is supported until 2028-06',
    )
  })
})

describe('the data tables', () => {
  it('lists bulletins oldest first, each fixed version on its own branch', () => {
    const updated = DRIVER_BULLETINS.map((bulletin) => bulletin.updated)
    expect([...updated].sort()).toEqual(updated)
    for (const bulletin of DRIVER_BULLETINS) {
      expect(bulletin.url).toBe(`https://nvidia.custhelp.com/app/answers/detail/a_id/${bulletin.id}`)
      for (const [branch, fixed] of Object.entries(bulletin.fixed))
        expect(fixed.startsWith(`${branch}.`)).toBe(true)
    }
  })

  it('ends a branch on the first instant after its last month', () => {
    expect(endOfLifeAfter('2026-06')).toBe(Date.UTC(2026, 6, 1))
    expect(branchSupportAt(535, Date.UTC(2026, 5, 30, 23)).supported).toBe(true)
    expect(branchSupportAt(535, Date.UTC(2026, 6, 1)).supported).toBe(false)
    expect(branchSupportAt(550, MARCH_2026)).toEqual({
      supported: false,
      why: 'R550 was end of life by 2025-08',
    })
    expect(branchSupportAt(615, MARCH_2026).supported).toBeUndefined()
  })
})

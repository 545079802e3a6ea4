/**
 * verify-audit over the golden audit log and tampered copies of it: an edited row, a deleted row, two rows
 * swapped and a row that is no longer JSON each fail verification (status 1) naming the line; the rows
 * that still verify pass through, and an intact log passes through whole.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GOLDEN } from '../../../../tests/helpers/paths.ts'
import { parseJsonl, runSkill, summaryOf } from '../../../../tests/helpers/run-skill.ts'
import { zodProblems } from '../../../../tests/helpers/validators.ts'

const SKILL = 'remediate-iam-departures-verify-audit'
const GOLDEN_LOG = join(GOLDEN, 'iam-departures', 'audit.jsonl')
const rows = readFileSync(GOLDEN_LOG, 'utf8').trim().split('\n')

function tampered(lines: readonly string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'verify-audit-')), 'audit.jsonl')
  writeFileSync(file, `${lines.join('\n')}\n`)
  return file
}

describe(SKILL, () => {
  it('passes an intact log through whole, as valid OCSF', () => {
    const run = runSkill(SKILL, [GOLDEN_LOG])
    expect(run.status).toBe(0)
    expect(run.stdout).toBe(`${rows.join('\n')}\n`)
    expect(zodProblems(parseJsonl(run.stdout))).toEqual([])
    expect(run.stderr).toMatch(/chain intact, head 34 /)
  })

  it.each([
    [
      'an edited row',
      () =>
        rows.map((row, index) =>
          index === 9 ? row.replace('"status":"Failure"', '"status":"Success"') : row,
        ),
      /audit\.jsonl:10: skipped: chain broken \(its content does not match its hash \(edited\)\)/,
      33,
    ],
    [
      'a deleted row',
      () => rows.filter((_row, index) => index !== 4),
      /audit\.jsonl:5: skipped: chain broken \(sequence 6 where 5 was due \(rows deleted before it\)\)/,
      32,
    ],
    [
      'two rows swapped',
      () => [...rows.slice(0, 6), rows[7] as string, rows[6] as string, ...rows.slice(8)],
      /audit\.jsonl:7: skipped: chain broken \(sequence 8 where 7 was due[\s\S]*audit\.jsonl:8: skipped: chain broken \(sequence 7 where 9 was due \(rows reordered or repeated\)\)/,
      32,
    ],
    // Its sequence cannot be read, so the row after it also shows the gap.
    [
      'a row that is no longer JSON',
      () => rows.map((row, index) => (index === 2 ? row.slice(0, -3) : row)),
      /audit\.jsonl:3: skipped: chain broken \(not JSON/,
      32,
    ],
  ])('fails on %s, naming the line, and holds that row back', (_name, tamper, message, passed) => {
    const run = runSkill(SKILL, [tampered(tamper())])
    expect(run.stderr).toMatch(message)
    expect(run.stderr).toMatch(/chain BROKEN/)
    expect(run.status).toBe(1)
    expect(parseJsonl(run.stdout)).toHaveLength(passed)
    const summary = summaryOf(run.stderr)
    expect(summary.read).toBe(summary.processed + summary.skipped)
  })
})

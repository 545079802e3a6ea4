/**
 * What every posture skill's command line owes, as assertions on its built script: --only-failed writes
 * only failed checks that the OCSF model accepts, --format table is plain text for people, and usage and
 * input errors are refused in one stderr line with the status that names them and nothing on stdout.
 */
import { expect, it } from 'vitest'
import { parseJsonl, runSkill, type SkillRun, summaryOf } from './run-skill.ts'
import { zodProblems } from './validators.ts'

/** A Compliance Finding as the command-line tests read it. */
export interface FindingLine {
  readonly compliance: { readonly control: string; readonly status: string }
  readonly metadata: { readonly log_source?: string; readonly sequence?: number }
}

export interface FailedOnlyRun {
  /** The findings emitted: every one a failed check. */
  readonly emitted: number
  /** The counts the summary line states. */
  readonly summary: Partial<ReturnType<typeof summaryOf>>
  /** The tally of every result, e.g. "evaluated 42 check result(s) (pass 21, fail 14, ...)". */
  readonly evaluated: string
}

export function expectFailedOnly(run: SkillRun, expected: FailedOnlyRun): FindingLine[] {
  expect(run.status).toBe(0)
  const findings = parseJsonl(run.stdout) as FindingLine[]
  expect(findings).toHaveLength(expected.emitted)
  expect(new Set(findings.map((finding) => finding.compliance.status))).toEqual(new Set(['Fail']))
  expect(zodProblems(findings)).toEqual([])
  expect(summaryOf(run.stderr)).toMatchObject({ ...expected.summary, emitted: expected.emitted })
  expect(run.stderr).toContain(expected.evaluated)
  return findings
}

/** The table's header, its closing tally (e.g. "42 check result(s): 21 pass, ..."), and no colour off a terminal. */
export function expectPlainTable(run: Pick<SkillRun, 'status' | 'stdout'>, tally: string): void {
  expect(run.status).toBe(0)
  expect(run.stdout.split('\n')[0]).toMatch(/^STATUS\s+SEVERITY\s+CONTROL\s+RESOURCE\s+DETAIL$/)
  expect(run.stdout).toContain(tally)
  expect(run.stdout).not.toContain('\u001b[')
}

/** What commander adds under an option it refuses, after the one line that says why. */
const USAGE_HINT = '(run with --help for usage)'

/** A refusal: its name, the arguments, the exit status and a part of the one stderr line. */
export type Refusal = readonly [name: string, args: readonly string[], status: number, message: string]

/** Registers one test per refusal, each run in `cwd`: one stderr line says why, and nothing is written. */
export function itRefusesInOneLine(skill: string, cwd: string, refusals: readonly Refusal[]): void {
  it.each(refusals)('refuses %s in one line', (_name, args, status, message) => {
    const run = runSkill(skill, args, { cwd })
    expect(run.status).toBe(status)
    const lines = run.stderr.trim().split('\n')
    expect(lines.filter((line) => line !== USAGE_HINT)).toHaveLength(1)
    expect(run.stderr).toContain(message)
    expect(run.stdout).toBe('')
  })
}

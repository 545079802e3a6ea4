/**
 * What every posture skill that evaluates snapshots owes on its command line, as tests of its built script:
 * the same bytes every run, valid findings that point at the snapshot and carry its time, the independent
 * validator's approval, a plain table for people, the --fail-on gate, and usage and input errors refused
 * with the status that names them.
 */
import { expect, it } from 'vitest'
import { HAS_SHARED } from './paths.ts'
import { expectPlainTable } from './posture-cli.ts'
import { parseJsonl, type SkillRun } from './run-skill.ts'
import { ocsfValidate, zodProblems } from './validators.ts'

/** The skill's built script, run with the test's environment. */
export type RunCommand = (args: readonly string[]) => Promise<Pick<SkillRun, 'status' | 'stdout' | 'stderr'>>

export interface OfflineEvaluation {
  /** A snapshot with failures, as the script is given it. */
  readonly snapshot: string
  /** Its collected_at: every finding's time. */
  readonly time: number
  /** The tally the run prints on stderr. */
  readonly evaluated: RegExp
  /** A snapshot whose findings the independent validator is to accept. */
  readonly validated: string
  /** The first row and the closing tally of the table of its failures. */
  readonly table: { readonly firstRow: RegExp; readonly tally: string }
  /** Snapshot, --fail-on severity, and the exit status expected. */
  readonly gates: ReadonlyArray<readonly [snapshot: string, severity: string, status: number]>
}

/** Registers the offline checks; call it inside a describe. */
export function itEvaluatesSnapshotsOffline(run: RunCommand, offline: OfflineEvaluation): void {
  it('writes valid Compliance Findings pointing at the snapshot, the same bytes every run', async () => {
    const first = await run(['evaluate', '--snapshot', offline.snapshot])
    const second = await run(['--snapshot', offline.snapshot])
    expect(first.status).toBe(0)
    expect(second.stdout).toBe(first.stdout)
    const findings = parseJsonl(first.stdout) as Array<{ metadata: { log_source?: string }; time: number }>
    expect(zodProblems(findings)).toEqual([])
    expect(new Set(findings.map((finding) => finding.metadata.log_source))).toEqual(
      new Set([offline.snapshot]),
    )
    expect(new Set(findings.map((finding) => finding.time))).toEqual(new Set([offline.time]))
    expect(first.stderr).toMatch(offline.evaluated)
  })

  it.runIf(HAS_SHARED)('passes the independent OCSF validator, warnings counted as errors', async () => {
    const evaluated = await run(['--snapshot', offline.validated, '-q'])
    const report = ocsfValidate(evaluated.stdout)
    expect(report.output).toMatch(/ 0 invalid, 0 warnings/)
    expect(report.status).toBe(0)
  })

  it('prints a table of the failures with --format table --only-failed, without colour off a terminal', async () => {
    const table = await run(['--snapshot', offline.snapshot, '--format', 'table', '--only-failed'])
    expectPlainTable(table, offline.table.tally)
    expect(table.stdout.split('\n')[1]).toMatch(offline.table.firstRow)
  })

  it.each(offline.gates)('%s with --fail-on %s exits %i', async (snapshot, severity, status) => {
    expect((await run(['--snapshot', snapshot, '--fail-on', severity, '-q'])).status).toBe(status)
  })
}

/** Arguments, the exit status expected, and a part of what stderr says. */
export type UsageRefusal = readonly [args: readonly string[], status: number, message: string]

/** Registers one test per refusal. */
export function itRefusesUsage(run: RunCommand, refusals: readonly UsageRefusal[]): void {
  it.each(refusals)('%j exits %i', async (args, status, message) => {
    const result = await run(args)
    expect(result.status).toBe(status)
    expect(result.stderr).toContain(message)
  })
}

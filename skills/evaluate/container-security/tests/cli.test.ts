/** The built script as people and CI run it: reports, the CI gate, input detection, bad input and usage errors. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GOLDEN, HAS_SHARED } from '../../../../tests/helpers/paths.ts'
import {
  expectFailedOnly,
  expectPlainTable,
  type FindingLine,
  itRefusesInOneLine,
} from '../../../../tests/helpers/posture-cli.ts'
import { parseJsonl, runSkill, summaryOf } from '../../../../tests/helpers/run-skill.ts'
import { ocsfValidate, zodProblems } from '../../../../tests/helpers/validators.ts'

const SKILL = 'container-security'
const SCENARIO = join(GOLDEN, 'container-security-compose')
const AT = ['--evaluated-at', '2026-03-02T00:00:00Z']
const dir = mkdtempSync(join(tmpdir(), 'container-cli-'))

interface Finding extends FindingLine {
  resources: Array<{ name?: string }>
}

describe('container-security from the command line', () => {
  it('writes failed checks only with --only-failed', () => {
    const run = runSkill(SKILL, [...AT, '--only-failed', 'compose.yaml'], { cwd: SCENARIO })
    expectFailedOnly(run, {
      emitted: 18,
      summary: { read: 3, processed: 3, skipped: 0 },
      evaluated: 'evaluated 45 check result(s) (pass 20, fail 18, not applicable 7)',
    })
  })

  it('writes a table for people with --format table', () => {
    const run = runSkill(SKILL, [...AT, '--format', 'table', 'compose.yaml'], { cwd: SCENARIO })
    expectPlainTable(run, '45 check result(s): 20 pass, 18 fail, 7 not applicable')
    expect(run.stdout).toMatch(
      /\nFail\s+Critical\s+5\.5\s+compose\.yaml#services\.agent\s+service agent runs privileged\./,
    )
  })

  it.each([
    ['critical', 1],
    ['high', 1],
  ])('with --fail-on %s exits %s', (severity, status) => {
    const run = runSkill(SKILL, [...AT, '--fail-on', severity as string, '-q', 'compose.yaml'], {
      cwd: SCENARIO,
    })
    expect(run.status).toBe(status)
  })

  it('exits 0 with --fail-on when the failures are below the threshold', () => {
    const file = join(dir, 'Dockerfile')
    writeFileSync(file, 'FROM alpine:3.19\nUSER 10001\n')
    const run = runSkill(SKILL, [...AT, '--fail-on', 'medium', file])
    expect(run.stdout).toMatch(/"control":"4\.6","desc":[^}]*"status":"Fail"/)
    expect(run.status).toBe(0)
  })

  it('decides a Dockerfile on standard input by its content and names it stdin', () => {
    const run = runSkill(SKILL, [...AT, '-'], { input: '# built by CI\nFROM ubuntu\nADD app.tar /app\n' })
    expect(run.status).toBe(0)
    const findings = parseJsonl(run.stdout) as Finding[]
    expect(zodProblems(findings)).toEqual([])
    expect(findings.find((finding) => finding.compliance.control === '4.9')).toMatchObject({
      compliance: { status: 'Fail' },
      metadata: { log_source: 'stdin', sequence: 3 },
    })
  })

  it('skips what it cannot read, naming file and line, and evaluates the rest', () => {
    const notes = join(dir, 'notes.txt')
    writeFileSync(notes, 'remember to pin the base image\n')
    const inspect = join(dir, 'inspect.json')
    writeFileSync(
      inspect,
      '[\n  {"Id": "sha256:1", "RepoTags": [], "Config": {"User": "app"}},\n  {"Name": "no id"}\n]\n',
    )
    const run = runSkill(SKILL, [...AT, notes, inspect])
    expect(run.status).toBe(0)
    expect(run.stderr).toContain(
      `${SKILL}: ${notes}:1: skipped: not a Dockerfile, Compose file or docker inspect output`,
    )
    expect(run.stderr).toContain(`${SKILL}: ${inspect}:3: skipped: not a docker inspect image or container`)
    expect(summaryOf(run.stderr)).toMatchObject({ read: 3, processed: 1, skipped: 2 })
  })

  it.runIf(HAS_SHARED)('writes findings the independent validator accepts', () => {
    const run = runSkill(SKILL, [...AT, 'compose.yaml'], { cwd: SCENARIO })
    expect(ocsfValidate(run.stdout).output).toMatch(/ 0 invalid, 0 warnings/)
  })

  itRefusesInOneLine(SKILL, dir, [
    ['no input', [], 2, 'give Dockerfiles'],
    ['a missing file', ['Dockerfile.missing'], 3, 'Dockerfile.missing: no such file'],
    ['a directory', ['.'], 3, 'is a directory'],
  ])
})

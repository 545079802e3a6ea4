/** The built script as people and CI run it: reports, the CI gate, bad input and usage errors. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GOLDEN } from '../../../../tests/helpers/paths.ts'
import {
  expectFailedOnly,
  expectPlainTable,
  itRefusesInOneLine,
} from '../../../../tests/helpers/posture-cli.ts'
import { parseJsonl, runSkill, summaryOf } from '../../../../tests/helpers/run-skill.ts'

const SKILL = 'k8s-security-benchmark'
const SCENARIO = join(GOLDEN, 'k8s-benchmark-kubectl-list')
const AT = ['--evaluated-at', '2026-03-02T00:00:00Z']
const dir = mkdtempSync(join(tmpdir(), 'k8s-cli-'))

describe('k8s-security-benchmark from the command line', () => {
  it('writes failed checks only with --only-failed', () => {
    const run = runSkill(SKILL, [...AT, '--only-failed', 'kubectl-get.json'], { cwd: SCENARIO })
    expectFailedOnly(run, {
      emitted: 17,
      summary: { read: 6, processed: 3, dropped: 3, skipped: 0 },
      evaluated: 'evaluated 45 check result(s) (not applicable 5, pass 23, fail 17)',
    })
  })

  it('writes a table for people with --format table', () => {
    const run = runSkill(SKILL, [...AT, '--format', 'table', 'kubectl-get.json'], { cwd: SCENARIO })
    expectPlainTable(run, '45 check result(s): 5 not applicable, 23 pass, 17 fail')
    expect(run.stdout).toMatch(
      /\nFail\s+High\s+5\.2\.5\s+\/api\/v1\/namespaces\/checkout\/pods\/packet-capture\s+Pod packet-capture sets hostNetwork: true\./,
    )
  })

  it.each([
    ['high', 1],
    ['critical', 0],
  ])('with --fail-on %s exits %s', (severity, status) => {
    const run = runSkill(SKILL, [...AT, '--fail-on', severity as string, '-q', 'kubectl-get.json'], {
      cwd: SCENARIO,
    })
    expect(run.status).toBe(status)
    expect(run.stderr).toBe('')
  })

  it('reads standard input with -', () => {
    const run = runSkill(SKILL, [...AT, '-'], {
      input:
        'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: a}\nspec: {hostPID: true, containers: [{name: c, image: "a:1"}]}\n',
    })
    expect(run.status).toBe(0)
    const findings = parseJsonl(run.stdout) as Array<{
      compliance: { control: string; status: string }
      metadata: { log_source: string }
    }>
    expect(findings.find((finding) => finding.compliance.control === '5.2.3')).toMatchObject({
      compliance: { status: 'Fail' },
      metadata: { log_source: 'stdin', sequence: 1 },
    })
  })

  it('skips a malformed document with a warning naming the file and line, and evaluates the rest', () => {
    const file = join(dir, 'broken.yaml')
    writeFileSync(file, 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\nkind: [unclosed\n')
    const run = runSkill(SKILL, [...AT, file])
    expect(run.status).toBe(0)
    expect(run.stderr).toMatch(new RegExp(`${SKILL}: ${file}:\\d+: skipped: malformed YAML or JSON`))
    expect(summaryOf(run.stderr)).toMatchObject({ read: 2, processed: 1, skipped: 1 })
  })

  itRefusesInOneLine(SKILL, dir, [
    ['no input at all', [], 2, 'give manifest'],
    ['a missing file', ['missing.yaml'], 3, 'missing.yaml: no such file'],
    ['a bad --evaluated-at', ['--evaluated-at', 'yesterday', 'x.yaml'], 2, 'RFC 3339'],
    [
      'a bad --format',
      ['--format', 'xml', join(SCENARIO, 'kubectl-get.json')],
      2,
      '--format must be ocsf or table',
    ],
    [
      'an --apiserver-cmdline file without an API server',
      ['--apiserver-cmdline', join(SCENARIO, 'pipe.json')],
      3,
      'holds no kube-apiserver command line',
    ],
  ])
})

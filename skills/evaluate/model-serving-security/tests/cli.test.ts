/** The built script as people and CI run it: reports, the CI gate, both file forms together, bad input and usage errors. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GOLDEN } from '../../../../tests/helpers/paths.ts'
import {
  expectFailedOnly,
  expectPlainTable,
  type FindingLine,
  itRefusesInOneLine,
} from '../../../../tests/helpers/posture-cli.ts'
import { parseJsonl, runSkill, summaryOf } from '../../../../tests/helpers/run-skill.ts'

const SKILL = 'model-serving-security'
const GATEWAY = join(GOLDEN, 'model-serving-gateway-config')
const MANIFESTS = join(GOLDEN, 'model-serving-kserve-manifests', 'manifests.yaml')
const AT = ['--evaluated-at', '2026-03-02T00:00:00Z']
const dir = mkdtempSync(join(tmpdir(), 'serving-cli-'))

describe('model-serving-security from the command line', () => {
  it('writes failed checks only with --only-failed', () => {
    const run = runSkill(SKILL, [...AT, '--only-failed', 'serving.yaml'], { cwd: GATEWAY })
    expectFailedOnly(run, {
      emitted: 21,
      summary: { read: 3, processed: 3, dropped: 0, skipped: 0 },
      evaluated: 'evaluated 48 check result(s) (pass 22, fail 21, unknown 2, not applicable 3)',
    })
  })

  it('writes a table for people with --format table', () => {
    const run = runSkill(SKILL, [...AT, '--format', 'table', 'serving.yaml'], { cwd: GATEWAY })
    expectPlainTable(run, '48 check result(s): 22 pass, 21 fail, 2 unknown, 3 not applicable')
    expect(run.stdout).toMatch(
      /\nFail\s+Critical\s+MS-9\s+serving\.yaml#endpoints\/legacy\s+endpoint legacy: runs privileged/,
    )
  })

  it.each([
    ['critical', 1],
    ['high', 1],
  ])('with --fail-on %s exits %s', (severity, status) => {
    const run = runSkill(SKILL, [...AT, '--fail-on', severity, '-q', 'serving.yaml'], { cwd: GATEWAY })
    expect(run.status).toBe(status)
    expect(run.stderr).toBe('')
  })

  it('exits 0 with --fail-on critical when no failure reaches it', () => {
    const file = join(dir, 'hardened.yaml')
    writeFileSync(
      file,
      'endpoints:\n  - name: chat\n    auth: {type: oidc}\n    container: {read_only_root_filesystem: true}\n',
    )
    const run = runSkill(SKILL, [...AT, '--fail-on', 'critical', '-q', file])
    expect(run.status).toBe(0)
  })

  it('reads a serving config and Kubernetes manifests together', () => {
    const run = runSkill(SKILL, [...AT, join(GATEWAY, 'serving.yaml'), MANIFESTS])
    expect(run.status).toBe(0)
    expect(summaryOf(run.stderr)).toMatchObject({ read: 13, processed: 12, dropped: 1 })
    expect((parseJsonl(run.stdout) as FindingLine[]).length).toBe(16 * 7)
  })

  it('reads standard input with -, naming it stdin', () => {
    const run = runSkill(SKILL, [...AT, '-'], {
      input: 'endpoints:\n  - name: chat\n    auth: {type: none}\n',
    })
    expect(run.status).toBe(0)
    const findings = parseJsonl(run.stdout) as FindingLine[]
    expect(findings.find((finding) => finding.compliance.control === 'MS-1')).toMatchObject({
      compliance: { status: 'Fail' },
      metadata: { log_source: 'stdin', sequence: 3 },
    })
  })

  it('skips a malformed document and an endpoint that breaks the schema, naming file and line, and evaluates the rest', () => {
    const file = join(dir, 'broken.yaml')
    writeFileSync(
      file,
      'endpoints:\n  - name: good\n  - name: bad\n    rate_limit: {requests_per_minute: many}\n---\nkind: [unclosed\n',
    )
    const run = runSkill(SKILL, [...AT, file])
    expect(run.status).toBe(0)
    expect(run.stderr).toContain(
      `${SKILL}: ${file}:3: skipped: endpoint does not match the serving config schema`,
    )
    expect(run.stderr).toMatch(new RegExp(`${SKILL}: ${file}:\\d+: skipped: malformed YAML or JSON`))
    expect(summaryOf(run.stderr)).toMatchObject({ read: 3, processed: 1, skipped: 2 })
    expect((parseJsonl(run.stdout) as FindingLine[]).length).toBe(16)
  })

  itRefusesInOneLine(SKILL, dir, [
    ['no input at all', [], 2, 'give serving config'],
    ['a missing file', ['missing.yaml'], 3, 'missing.yaml: no such file'],
    ['a bad --evaluated-at', ['--evaluated-at', 'yesterday', 'x.yaml'], 2, 'RFC 3339'],
    ['a bad --format', ['--format', 'xml', MANIFESTS], 2, '--format must be ocsf or table'],
    ['a bad --fail-on', ['--fail-on', 'severe', MANIFESTS], 2, 'expected one of'],
  ])
})

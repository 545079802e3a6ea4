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

const SKILL = 'gpu-cluster-security'
const CONFIG = join(GOLDEN, 'gpu-cluster-config')
const MANIFESTS = join(GOLDEN, 'gpu-cluster-manifests', 'manifests.yaml')
const AT = ['--evaluated-at', '2026-03-02T00:00:00Z']
const dir = mkdtempSync(join(tmpdir(), 'gpu-cli-'))

describe('gpu-cluster-security from the command line', () => {
  it('writes failed checks only with --only-failed', () => {
    const run = runSkill(SKILL, [...AT, '--only-failed', 'gpu-cluster.yaml'], { cwd: CONFIG })
    expectFailedOnly(run, {
      emitted: 14,
      summary: { read: 9, processed: 9, dropped: 0, skipped: 0 },
      evaluated: 'evaluated 42 check result(s) (pass 21, fail 14, unknown 4, not applicable 3)',
    })
  })

  it('writes a table for people with --format table', () => {
    const run = runSkill(SKILL, [...AT, '--format', 'table', 'gpu-cluster.yaml'], { cwd: CONFIG })
    expectPlainTable(run, '42 check result(s): 21 pass, 14 fail, 4 unknown, 3 not applicable')
    expect(run.stdout).toMatch(
      /\nFail\s+Critical\s+GPU-1\s+gpu-cluster\.yaml#workloads\/team-b\/finetune\s+workload/,
    )
    expect(run.stdout).toMatch(/\nUnknown\s+GPU-4\s+gpu-cluster\.yaml#nodes\/pool-l4\s+/)
  })

  it.each([
    ['critical', 1],
    ['high', 1],
    ['low', 1],
  ])('with --fail-on %s exits %s', (severity, status) => {
    const run = runSkill(SKILL, [...AT, '--fail-on', severity, '-q', 'gpu-cluster.yaml'], { cwd: CONFIG })
    expect(run.status).toBe(status)
    expect(run.stderr).toBe('')
  })

  it('exits 0 with --fail-on high when only medium and low checks fail', () => {
    const file = join(dir, 'patched.yaml')
    writeFileSync(
      file,
      'nodes:\n  - {name: pool, driver_version: "580.178.04"}\nworkloads:\n  - {name: train, namespace: ml, cuda_version: "13.0"}\n',
    )
    const run = runSkill(SKILL, [...AT, '--fail-on', 'high', file])
    expect(run.status).toBe(0)
    const failed = (parseJsonl(run.stdout) as FindingLine[]).filter(
      (finding) => finding.compliance.status === 'Fail',
    )
    expect(failed.map((finding) => finding.compliance.control).sort()).toEqual(['GPU-12', 'GPU-13'])
    expect(runSkill(SKILL, [...AT, '--fail-on', 'medium', '-q', file]).status).toBe(1)
  })

  it('reads a GPU cluster config and Kubernetes manifests together', () => {
    const run = runSkill(SKILL, [...AT, join(CONFIG, 'gpu-cluster.yaml'), MANIFESTS])
    expect(run.status).toBe(0)
    expect(summaryOf(run.stderr)).toMatchObject({ read: 31, processed: 28, dropped: 3 })
    const findings = parseJsonl(run.stdout) as FindingLine[]
    // The config's DCGM exporter and the manifests' audited API server: each cluster-wide check once, passing.
    const clusterWide = findings.filter((finding) =>
      ['GPU-12', 'GPU-13'].includes(finding.compliance.control),
    )
    expect(clusterWide.map((finding) => finding.compliance.status)).toEqual(['Pass', 'Pass'])
  })

  it('reads standard input with -, naming it stdin', () => {
    const run = runSkill(SKILL, [...AT, '-'], {
      input: 'workloads:\n  - {name: train, namespace: ml, privileged: true}\n',
    })
    expect(run.status).toBe(0)
    const findings = parseJsonl(run.stdout) as FindingLine[]
    expect(findings.find((finding) => finding.compliance.control === 'GPU-1')).toMatchObject({
      compliance: { status: 'Fail' },
      metadata: { log_source: 'stdin' },
    })
  })

  it('skips a malformed document and a workload that breaks the schema, naming file and line, and evaluates the rest', () => {
    const file = join(dir, 'broken.yaml')
    writeFileSync(
      file,
      'workloads:\n  - name: good\n    namespace: ml\n  - name: bad\n    rdma: infiniband-please\n---\nkind: [unclosed\n',
    )
    const run = runSkill(SKILL, [...AT, file])
    expect(run.status).toBe(0)
    expect(run.stderr).toContain(
      `${SKILL}: ${file}:4: skipped: workload does not match the GPU cluster config schema`,
    )
    expect(run.stderr).toMatch(new RegExp(`${SKILL}: ${file}:\\d+: skipped: malformed YAML or JSON`))
    expect(summaryOf(run.stderr)).toMatchObject({ read: 3, processed: 1, skipped: 2 })
    const findings = parseJsonl(run.stdout) as FindingLine[]
    expect(findings.filter((finding) => finding.compliance.control === 'GPU-1')).toHaveLength(1)
  })

  itRefusesInOneLine(SKILL, dir, [
    ['no input at all', [], 2, 'give GPU cluster config'],
    ['files with --from-cluster', ['--from-cluster', 'x.yaml'], 2, 'give no files with it'],
    ['a missing file', ['missing.yaml'], 3, 'missing.yaml: no such file'],
    ['a bad --evaluated-at', ['--evaluated-at', 'yesterday', 'x.yaml'], 2, 'RFC 3339'],
    ['a bad --format', ['--format', 'xml', MANIFESTS], 2, '--format must be ocsf or table'],
    ['a bad --fail-on', ['--fail-on', 'severe', MANIFESTS], 2, 'expected one of'],
  ])
})

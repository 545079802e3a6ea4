/** The third-party Kubernetes corpus: every event read is accounted for, and everything emitted is valid OCSF. */
import { describe, expect, it } from 'vitest'
import { corpusFile, HAS_SHARED } from '../../../../tests/helpers/paths.ts'
import { parseJsonl, runSkill, summaryOf } from '../../../../tests/helpers/run-skill.ts'
import { ocsfValidate, zodProblems } from '../../../../tests/helpers/validators.ts'

const FILES = [
  corpusFile('k8s', 'panther_eks_k8s_audit_rule_tests.jsonl'),
  corpusFile('k8s', 'panther_aks_kube_audit_diaglog_rule_tests.jsonl'),
]

describe.runIf(HAS_SHARED)('the shared Kubernetes corpus', () => {
  it('accounts for every event and reports the ones without a time', () => {
    const run = runSkill('ingest-k8s-audit-ocsf', FILES)
    expect(run.status).toBe(0)
    const summary = summaryOf(run.stderr)
    // 184 EKS and 34 AKS events, as SOURCES.md lists them.
    expect(summary.read).toBe(218)
    expect(summary.read).toBe(summary.processed + summary.dropped + summary.skipped)
    expect(summary.emitted).toBe(summary.processed)
    expect(run.stderr).toMatch(/no usable timestamp: \d+/)
    expect(zodProblems(parseJsonl(run.stdout))).toEqual([])
  })

  it('emits valid OCSF for all of it when the missing times are assumed', () => {
    const run = runSkill('ingest-k8s-audit-ocsf', ['--assume-time', '2024-01-01T00:00:00Z', ...FILES])
    const summary = summaryOf(run.stderr)
    expect(summary.read).toBe(218)
    expect(run.stderr).not.toMatch(/no usable timestamp/)
    expect(summary.processed).toBeGreaterThan(200)
    const events = parseJsonl(run.stdout)
    expect(zodProblems(events)).toEqual([])
    const report = ocsfValidate(run.stdout)
    expect(report.summary).toBe(
      `ocsf-validate: ${events.length} events, ${events.length} valid, 0 invalid, 0 warnings`,
    )
  })
})

/**
 * The third-party GCP corpus through the built script: every entry accounted for with exact counts (the
 * Panther test events are partial: some lack a time, a methodName or the LogEntry itself), everything
 * emitted valid by the zod models and the independent validator, and the output the same on every run.
 */
import { describe, expect, it } from 'vitest'
import type { ApiActivity } from '#shared/ocsf/index.ts'
import { corpusFile, HAS_SHARED } from '../../../../tests/helpers/paths.ts'
import { parseJsonl, runSkill, summaryOf } from '../../../../tests/helpers/run-skill.ts'
import { ocsfValidate, zodProblems } from '../../../../tests/helpers/validators.ts'

const SKILL = 'ingest-gcp-audit-ocsf'
const FILES = [
  corpusFile('gcp', 'panther_gcp_audit_rule_tests.jsonl'),
  corpusFile('gcp', 'plaso_gcp_logging.jsonl'),
]
const ASSUME = ['--assume-time', '2024-01-01T00:00:00Z']

describe.runIf(HAS_SHARED)('the shared GCP corpus', () => {
  it('accounts for all 175 entries and reports the 34 with no time at all', () => {
    const run = runSkill(SKILL, FILES)
    expect(run.status).toBe(0)
    const summary = summaryOf(run.stderr)
    // 164 Panther and 11 plaso entries, as SOURCES.md lists them.
    expect(summary).toMatchObject({ read: 175, processed: 128, dropped: 4, skipped: 43, emitted: 128 })
    expect(summary.line).toContain('dropped 4 (Cloud Logging entry without an AuditLog payload: 4)')
    expect(summary.line).toContain(
      'skipped 43 (not a usable audit entry: 6, no usable timestamp: 34, not a Cloud Logging entry: 3)',
    )
    const events = parseJsonl(run.stdout) as ApiActivity[]
    expect(zodProblems(events)).toEqual([])
    // 85 entries carry a space-separated timestamp, read as UTC; the other two of them lack a methodName.
    const spaceSeparated = events.filter((event) =>
      /^\d{4}-\d{2}-\d{2} \d/.test(event.metadata.original_time ?? ''),
    )
    expect(spaceSeparated).toHaveLength(83)
  })

  it('emits valid OCSF for every usable entry when the missing times are assumed, and the same bytes twice', () => {
    const run = runSkill(SKILL, [...ASSUME, ...FILES])
    expect(summaryOf(run.stderr)).toMatchObject({
      read: 175,
      processed: 162,
      dropped: 4,
      skipped: 9,
      emitted: 162,
    })
    const events = parseJsonl(run.stdout) as ApiActivity[]
    expect(zodProblems(events)).toEqual([])
    expect(events.filter((event) => event.metadata.labels?.includes('time-assumed'))).toHaveLength(34)
    // The 28 GKE entries are audit logs too, and come out as API Activity of k8s.io.
    expect(events.filter((event) => event.api.service?.name === 'k8s.io')).toHaveLength(28)
    expect(ocsfValidate(run.stdout).summary).toBe(
      `ocsf-validate: ${events.length} events, ${events.length} valid, 0 invalid, 0 warnings`,
    )
    expect(runSkill(SKILL, [...ASSUME, ...FILES]).stdout).toBe(run.stdout)
  })

  it('keeps no private key or token in what it emits', () => {
    const run = runSkill(SKILL, [...ASSUME, ...FILES])
    const events = parseJsonl(run.stdout) as ApiActivity[]
    const keyCreations = events.filter((event) => event.api.operation.endsWith('CreateServiceAccountKey'))
    expect(keyCreations.length).toBeGreaterThan(0)
    expect(run.stdout).not.toMatch(/"private_?key_?data":"(?!\[redacted\])/i)
    expect(run.stdout).not.toMatch(/BEGIN [A-Z ]*PRIVATE KEY/)
  })
})

/** The third-party VPC flow corpus: every record read is accounted for, and everything emitted is valid OCSF. */
import { describe, expect, it } from 'vitest'
import { corpusFile, HAS_SHARED } from '../../../../tests/helpers/paths.ts'
import { parseJsonl, runSkill, summaryOf } from '../../../../tests/helpers/run-skill.ts'
import { ocsfValidate, zodProblems } from '../../../../tests/helpers/validators.ts'

const FILE = corpusFile('vpcflow', 'panther_vpcflow_rule_tests.jsonl')
const ASSUME = ['--assume-time', '2024-01-01T00:00:00Z']

describe.runIf(HAS_SHARED)('the shared VPC flow corpus', () => {
  it('accounts for all 19 records and reports the 16 without a time', () => {
    const run = runSkill('ingest-vpc-flow-logs-ocsf', [FILE])
    expect(run.status).toBe(0)
    const summary = summaryOf(run.stderr)
    expect(summary).toMatchObject({ read: 19, processed: 0, dropped: 1, skipped: 18, emitted: 0 })
    expect(summary.line).toContain('SKIPDATA record: flows the capture window could not record: 1')
    expect(summary.line).toContain('no endpoint: 1, no usable timestamp: 16, not a VPC flow log record: 1')
  })

  it('emits valid OCSF for the 16 flows when the missing times are assumed, the same on every run', () => {
    const run = runSkill('ingest-vpc-flow-logs-ocsf', [...ASSUME, FILE])
    expect(summaryOf(run.stderr)).toMatchObject({
      read: 19,
      processed: 16,
      dropped: 1,
      skipped: 2,
      emitted: 16,
    })
    const events = parseJsonl(run.stdout)
    expect(zodProblems(events)).toEqual([])
    expect(ocsfValidate(run.stdout).summary).toBe('ocsf-validate: 16 events, 16 valid, 0 invalid, 0 warnings')
    expect(runSkill('ingest-vpc-flow-logs-ocsf', [...ASSUME, FILE]).stdout).toBe(run.stdout)
  })
})

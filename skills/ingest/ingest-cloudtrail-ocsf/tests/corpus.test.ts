/**
 * The third-party CloudTrail corpus (Stratus Red Team detonations, Panther rule tests, plaso's LookupEvents
 * sample): every record read is accounted for, everything emitted is valid OCSF, no session token leaves
 * redacted, and the output is byte-identical from run to run.
 */
import { describe, expect, it } from 'vitest'
import { corpusFile, HAS_SHARED } from '../../../../tests/helpers/paths.ts'
import { parseJsonl, runSkill, summaryOf } from '../../../../tests/helpers/run-skill.ts'
import { ocsfValidate, zodProblems } from '../../../../tests/helpers/validators.ts'

const SKILL = 'ingest-cloudtrail-ocsf'
const FILES = [
  corpusFile('cloudtrail', 'stratus_red_team_detonations.records.json'),
  corpusFile('cloudtrail', 'panther_cloudtrail_rule_tests.jsonl'),
  corpusFile('cloudtrail', 'plaso_aws_cloudtrail_lookupevents.jsonl'),
]

describe.runIf(HAS_SHARED)('the shared CloudTrail corpus', () => {
  it('accounts for every record and reports the ones without a usable time', () => {
    const run = runSkill(SKILL, FILES)
    expect(run.status).toBe(0)
    const summary = summaryOf(run.stderr)
    // 177 Stratus, 441 Panther and 6 plaso records. Of the Panther ones, 15 have no eventTime and 2 an
    // unreadable one ("redacted", "..."); 2 are not CloudTrail records at all ({} and {"eventType": "logout"}).
    expect(summary).toMatchObject({ read: 624, processed: 605, dropped: 0, skipped: 19, emitted: 605 })
    expect(summary.line).toContain('skipped 19 (no usable timestamp: 17, not a CloudTrail record: 2)')
    expect(zodProblems(parseJsonl(run.stdout))).toEqual([])
  })

  it('emits valid OCSF for all of it when the missing times are assumed, the same bytes every run', () => {
    const args = ['--assume-time', '2024-01-01T00:00:00Z', ...FILES]
    const run = runSkill(SKILL, args)
    expect(summaryOf(run.stderr)).toMatchObject({
      read: 624,
      processed: 622,
      dropped: 0,
      skipped: 2,
      emitted: 622,
    })
    const events = parseJsonl(run.stdout)
    expect(zodProblems(events)).toEqual([])
    const report = ocsfValidate(run.stdout)
    expect(report.summary).toBe('ocsf-validate: 622 events, 622 valid, 0 invalid, 0 warnings')
    expect(runSkill(SKILL, args).stdout).toBe(run.stdout)
  })

  it('redacts every session token the corpus holds and keeps mangled addresses out of src_endpoint.ip', () => {
    const run = runSkill(SKILL, ['--assume-time', '2024-01-01T00:00:00Z', ...FILES])
    // 6 AssumeRole responses in the Stratus detonations and 5 in the Panther tests log a session token.
    expect(run.stdout.match(/"sessionToken":"\[redacted\]"/g)).toHaveLength(11)
    expect(run.stdout).not.toMatch(/"sessionToken":"(?!\[redacted\])/)
    expect(run.stdout).not.toContain('IQoJb3JpZ2luX2Vj')
    // Stratus anonymisation wrote addresses such as 201.252.42.03: kept, but only in unmapped.
    expect(run.stdout).toContain('"source_ip_address":"201.252.42.03"')
    expect(run.stdout).not.toContain('"ip":"201.252.42.03"')
  })
})

/** The third-party GuardDuty corpus: every finding read is accounted for, and everything emitted is valid OCSF. */
import { describe, expect, it } from 'vitest'
import type { DetectionFinding } from '#shared/ocsf/index.ts'
import { corpusFile, HAS_SHARED } from '../../../../tests/helpers/paths.ts'
import { parseJsonl, runSkill, summaryOf } from '../../../../tests/helpers/run-skill.ts'
import { ocsfValidate, zodProblems } from '../../../../tests/helpers/validators.ts'

const FILE = corpusFile('guardduty', 'panther_guardduty_rule_tests.jsonl')

describe.runIf(HAS_SHARED)('the shared GuardDuty corpus', () => {
  it('turns all 8 findings into valid Detection Findings, the same on every run', () => {
    const run = runSkill('ingest-guardduty-ocsf', [FILE])
    expect(run.status).toBe(0)
    expect(summaryOf(run.stderr)).toMatchObject({ read: 8, processed: 8, dropped: 0, skipped: 0, emitted: 8 })
    const events = parseJsonl(run.stdout) as DetectionFinding[]
    expect(zodProblems(events)).toEqual([])
    expect(ocsfValidate(run.stdout).summary).toBe('ocsf-validate: 8 events, 8 valid, 0 invalid, 0 warnings')
    expect(runSkill('ingest-guardduty-ocsf', [FILE]).stdout).toBe(run.stdout)
    // Severity 9 is Critical, 8 High, 5 Medium, 1 Low, as GuardDuty's ranges say.
    expect(events.map((event) => event.severity)).toEqual([
      'Critical',
      'Critical',
      'High',
      'High',
      'Low',
      'Low',
      'Medium',
      'Medium',
    ])
    // The two attack sequences name their techniques; the others' purpose is Privilege Escalation.
    const techniques = events.map((event) => [
      ...new Set(
        event.finding_info.attacks?.map((attack) => attack.sub_technique?.uid ?? attack.technique?.uid),
      ),
    ])
    expect(techniques[0]).toEqual(['T1562.008', 'T1098.003', 'T1078.004', 'T1087.004', 'T1098'])
    expect(techniques[1]).toEqual(['T1526', 'T1098', 'T1078.004', 'T1485', 'T1530'])
    expect(events[2]?.finding_info.attacks).toEqual([
      { tactic: { uid: 'TA0004', name: 'Privilege Escalation' }, version: 'v14' },
    ])
    expect(events.filter((event) => event.metadata.labels?.includes('sample'))).toHaveLength(4)
  })
})

/**
 * The third-party Azure corpus through the built script: every record accounted for with exact counts,
 * everything emitted valid by the zod models and the independent validator, and the output the same on
 * every run. The Panther file mixes Activity Log categories with Storage resource logs.
 */
import { describe, expect, it } from 'vitest'
import type { ApiActivity } from '#shared/ocsf/index.ts'
import { corpusFile, HAS_SHARED } from '../../../../tests/helpers/paths.ts'
import { parseJsonl, runSkill, summaryOf } from '../../../../tests/helpers/run-skill.ts'
import { ocsfValidate, zodProblems } from '../../../../tests/helpers/validators.ts'

const SKILL = 'ingest-azure-activity-ocsf'
const FILES = [
  corpusFile('azure', 'panther_azure_activity_rule_tests.jsonl'),
  corpusFile('azure', 'plaso_azure_activity_log_sdkformat.jsonl'),
]
const ASSUME = ['--assume-time', '2024-01-01T00:00:00Z']

describe.runIf(HAS_SHARED)('the shared Azure corpus', () => {
  it('accounts for all 217 records: Advisor recommendations dropped, the one without a time reported', () => {
    const run = runSkill(SKILL, FILES)
    expect(run.status).toBe(0)
    const summary = summaryOf(run.stderr)
    // 213 Panther and 4 plaso records, as SOURCES.md lists them.
    expect(summary).toMatchObject({ read: 217, processed: 214, dropped: 2, skipped: 1, emitted: 214 })
    expect(summary.line).toContain('dropped 2 (Azure Advisor recommendation, not an API call: 2)')
    expect(run.stderr).toContain('panther_azure_activity_rule_tests.jsonl:213: skipped: no usable timestamp')
    expect(zodProblems(parseJsonl(run.stdout))).toEqual([])
  })

  it('emits valid OCSF for every API call when the missing time is assumed, and the same bytes twice', () => {
    const run = runSkill(SKILL, [...ASSUME, ...FILES])
    expect(summaryOf(run.stderr)).toMatchObject({
      read: 217,
      processed: 215,
      dropped: 2,
      skipped: 0,
      emitted: 215,
    })
    const events = parseJsonl(run.stdout) as ApiActivity[]
    expect(zodProblems(events)).toEqual([])
    // 189 Administrative, 3 Policy and the 4 SDK events come from the Activity Log; 18 records are storage requests.
    const storage = events.filter((event) => event.metadata.log_provider === 'Azure Storage resource logs')
    expect(storage).toHaveLength(18)
    expect(events.filter((event) => event.metadata.log_name === 'Policy')).toHaveLength(3)
    // Every logged request body (properties.requestbody) is parsed into api.request.data.
    expect(events.filter((event) => event.api.request?.data !== undefined)).toHaveLength(23)
    expect(ocsfValidate(run.stdout).summary).toBe(
      `ocsf-validate: ${events.length} events, ${events.length} valid, 0 invalid, 0 warnings`,
    )
    expect(runSkill(SKILL, [...ASSUME, ...FILES]).stdout).toBe(run.stdout)
  })

  it('keeps no SAS signature in what it emits', () => {
    const run = runSkill(SKILL, [...ASSUME, ...FILES])
    expect(run.stdout).toContain('sig=[redacted]')
    expect(run.stdout).not.toMatch(/sig=(?!\[redacted\])/)
  })
})

/** The third-party ASFF corpus: every finding read is accounted for, and everything emitted is valid OCSF. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { DetectionFinding } from '#shared/ocsf/index.ts'
import { corpusFile, HAS_SHARED } from '../../../../tests/helpers/paths.ts'
import { parseJsonl, runSkill, summaryOf } from '../../../../tests/helpers/run-skill.ts'
import { ocsfValidate, zodProblems } from '../../../../tests/helpers/validators.ts'

const FILE = corpusFile('securityhub', 'panther_asff_rule_tests.jsonl')

describe.runIf(HAS_SHARED)('the shared ASFF corpus', () => {
  it('turns all 10 findings into valid Detection Findings, the same on every run', () => {
    const run = runSkill('ingest-security-hub-ocsf', [FILE])
    expect(run.status).toBe(0)
    expect(summaryOf(run.stderr)).toMatchObject({
      read: 10,
      processed: 10,
      dropped: 0,
      skipped: 0,
      emitted: 10,
    })
    const events = parseJsonl(run.stdout) as DetectionFinding[]
    expect(zodProblems(events)).toEqual([])
    expect(ocsfValidate(run.stdout).summary).toBe('ocsf-validate: 10 events, 10 valid, 0 invalid, 0 warnings')
    expect(runSkill('ingest-security-hub-ocsf', [FILE]).stdout).toBe(run.stdout)
    // Decoy-access findings: no compliance checks, all HIGH, each with its access key's principal as actor.
    expect(new Set(events.map((event) => `${event.class_uid} ${event.severity}`))).toEqual(
      new Set(['2004 High']),
    )
    const keyIds = readFileSync(FILE, 'utf8')
      .trim()
      .split('\n')
      .map((line) => /"AccessKeyId":"([A-Z0-9]+)"/.exec(line)?.[1])
    expect(keyIds).toHaveLength(10)
    expect(events.map((event) => event.evidences?.[0]?.actor?.session?.credential_uid)).toEqual(keyIds)
  })
})

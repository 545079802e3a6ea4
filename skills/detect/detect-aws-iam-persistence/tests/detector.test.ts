/** The whole detector: every positive fixture through the runner, findings that name their CloudTrail events, options. */
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { createDetectionProcessor } from '#shared/detect/index.ts'
import type { DetectionFinding } from '#shared/ocsf/index.ts'
import { type CaseFindings, findingsOfPositiveCases } from '../../../../tests/helpers/fixture-findings.ts'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { HAS_SHARED } from '../../../../tests/helpers/paths.ts'
import { readRuleCases } from '../../../../tests/helpers/rule-cases.ts'
import { ocsfValidate, zodProblems } from '../../../../tests/helpers/validators.ts'
import { RULES } from '../src/rules/index.ts'
import { DEFAULT_CONFIG } from './rules/test-config.ts'

const FIXTURES = join(import.meta.dirname, 'fixtures')

function detector(config = DEFAULT_CONFIG) {
  return createDetectionProcessor({
    skill: 'detect-aws-iam-persistence',
    rules: RULES,
    config,
    dedupWindowMs: 3_600_000,
  })
}

describe('detect-aws-iam-persistence', () => {
  let cases: CaseFindings[]
  beforeAll(async () => {
    cases = await findingsOfPositiveCases(FIXTURES, () => detector())
  })

  it('has a fixture file for every rule', () => {
    expect(new Set(cases.map((entry) => entry.rule))).toEqual(new Set(RULES.map((rule) => rule.id)))
  })

  it('raises a finding of its rule for every positive case, naming the CloudTrail eventIDs that triggered it', () => {
    for (const entry of cases) {
      const own = entry.findings.filter((finding) => finding.finding_info.analytic?.uid === entry.rule)
      expect(own.length, entry.name).toBeGreaterThan(0)
      const related = own.flatMap(
        (finding) => finding.finding_info.related_events?.map((event) => event.uid) ?? [],
      )
      expect(entry.sourceIds, entry.name).toEqual(expect.arrayContaining(related))
      expect(related, entry.name).toContain(entry.sourceIds.at(-1))
    }
  })

  it('writes findings the OCSF model and the independent validator accept', () => {
    const findings = cases.flatMap((entry) => entry.findings)
    expect(zodProblems(findings)).toEqual([])
    if (!HAS_SHARED) return
    const report = ocsfValidate(findings.map((finding) => JSON.stringify(finding)).join('\n'))
    expect(report.output).toMatch(/ 0 invalid, 0 warnings/)
  })

  it('stays quiet about a role trusting an account passed with --trusted-account', async () => {
    const [opened] = readRuleCases(join(FIXTURES, 'aws-iam-role-trust-opened.jsonl'))
    if (opened === undefined) throw new Error('fixture is empty')
    const config = { ...DEFAULT_CONFIG, trustedAccounts: new Set(['444455556666']) }
    expect((await runProcessor(detector(config), opened.events)).events).toEqual([])
    const finding = (await runProcessor(detector(), opened.events)).events[0] as DetectionFinding
    expect(finding.finding_info.desc).toBe(
      'DevOps/mallory changed the trust policy of role billing-reader to trust account 444455556666.',
    )
    expect(finding.finding_info.attacks?.[0]?.technique?.uid).toBe('T1098')
  })

  it('passes over other classes and skips what is not OCSF, accounting for every record', async () => {
    const [first] = readRuleCases(join(FIXTURES, `${RULES[0]?.id}.jsonl`)).filter((entry) => entry.expected)
    if (first === undefined) throw new Error('fixture has no positive case')
    const noise = ['{"class_uid":4001,"time":1,"metadata":{}}', '{"not":"ocsf"}', '{broken']
    const text = [...noise, ...first.events.map((event) => JSON.stringify(event))].join('\n')
    const run = await runProcessor(detector(), text, 'events.jsonl')
    expect(run.events.length).toBeGreaterThan(0)
    expect(run.reporter.dropped.get('event class not read by these rules')).toBe(1)
    expect(run.reporter.skipped).toEqual(
      new Map([
        ['not an OCSF event', 1],
        ['malformed JSON', 1],
      ]),
    )
    expect(run.reporter.isBalanced()).toBe(true)
  })

  it('survives an event whose fields have the wrong types', async () => {
    const [grant] = readRuleCases(join(FIXTURES, 'aws-iam-admin-rights-granted.jsonl'))
    const [event] = grant?.events ?? []
    if (event === undefined) throw new Error('fixture is empty')
    const hostile = {
      ...event,
      api: { operation: 'AttachUserPolicy', service: { name: 42 }, request: 'x' },
      actor: [],
    }
    const run = await runProcessor(detector(), [hostile, event])
    expect(run.events).toHaveLength(1)
    expect(run.reporter.isBalanced()).toBe(true)
  })
})

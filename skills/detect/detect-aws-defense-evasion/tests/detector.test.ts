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

const FIXTURES = join(import.meta.dirname, 'fixtures')

function detector(config = undefined) {
  return createDetectionProcessor({
    skill: 'detect-aws-defense-evasion',
    rules: RULES,
    config,
    dedupWindowMs: 3_600_000,
  })
}

function caseEvents(rule: string, name: string) {
  const found = readRuleCases(join(FIXTURES, `${rule}.jsonl`)).find((entry) => entry.name === name)
  if (found === undefined) throw new Error(`no case ${name} in ${rule}`)
  return found.events
}

async function findingsOf(events: readonly unknown[], config = undefined): Promise<DetectionFinding[]> {
  return (await runProcessor(detector(config), events)).events as DetectionFinding[]
}

describe('detect-aws-defense-evasion', () => {
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

  it('rates a selector change that only leaves out some services as medium', async () => {
    const [finding] = await findingsOf(
      caseEvents('aws-cloudtrail-logging-impaired', 'event selectors exclude KMS management events'),
    )
    expect(finding?.severity_id).toBe(3)
    expect(finding?.finding_info.desc).toBe(
      'DevOps/mallory changed the event selectors of trail org-trail: management events of kms.amazonaws.com are excluded.',
    )
    expect(finding?.finding_info.attacks?.[0]?.sub_technique?.uid).toBe('T1562.008')
  })

  it('survives an event whose fields have the wrong types', async () => {
    const [event] = caseEvents('aws-cloudtrail-logging-impaired', 'trail stopped')
    const hostile = {
      ...event,
      api: { operation: ['StopLogging'], service: { name: 'cloudtrail.amazonaws.com' } },
      actor: 'x',
    }
    const findings = await findingsOf([hostile, event])
    expect(findings).toHaveLength(1)
  })
})

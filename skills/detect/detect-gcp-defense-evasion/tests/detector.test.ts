/** The whole detector: every positive fixture through the runner, findings that name their insertIds, options. */
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

function detector() {
  return createDetectionProcessor({
    skill: 'detect-gcp-defense-evasion',
    rules: RULES,
    config: undefined,
    dedupWindowMs: 3_600_000,
  })
}

describe('detect-gcp-defense-evasion', () => {
  let cases: CaseFindings[]
  beforeAll(async () => {
    cases = await findingsOfPositiveCases(FIXTURES, () => detector())
  })

  it('has a fixture file for every rule', () => {
    expect(new Set(cases.map((entry) => entry.rule))).toEqual(new Set(RULES.map((rule) => rule.id)))
  })

  it('raises a finding of its rule for every positive case, naming the insertIds that triggered it', () => {
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

  it('fires on no negative case, whichever rule', async () => {
    for (const file of RULES.map((rule) => rule.id)) {
      for (const entry of readRuleCases(join(FIXTURES, `${file}.jsonl`)).filter((item) => !item.expected)) {
        const findings = (await runProcessor(detector(), entry.events)).events as DetectionFinding[]
        const own = findings.filter((finding) => finding.finding_info.analytic?.uid === file)
        expect(own, entry.name).toEqual([])
      }
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

  it('merges repeated changes by one caller to one sink into one finding', async () => {
    const [event] = readRuleCases(join(FIXTURES, 'gcp-logging-impaired.jsonl'))[0]?.events ?? []
    if (event === undefined) throw new Error('fixture has no first case')
    const again = {
      ...event,
      time: event.time + 60_000,
      metadata: { ...event.metadata, original_event_uid: 'again' },
    }
    const findings = (await runProcessor(detector(), [event, again])).events as DetectionFinding[]
    expect(findings).toHaveLength(1)
    expect(findings[0]?.finding_info.related_events?.map((related) => related.uid)).toEqual([
      event.metadata.original_event_uid,
      'again',
    ])
  })

  it('keeps an exclusion and a deletion of one sink apart, each with its own severity', async () => {
    const cases = readRuleCases(join(FIXTURES, 'gcp-logging-impaired.jsonl'))
    const excluded = cases.find((entry) => entry.name === 'sink told to exclude the audit logs')?.events ?? []
    const deleted = cases.find((entry) => entry.name === 'log sink deleted')?.events ?? []
    const findings = (await runProcessor(detector(), [...excluded, ...deleted])).events as DetectionFinding[]
    expect(findings.map((finding) => finding.severity).sort()).toEqual(['High', 'Medium'])
  })

  it('leaves GKE Kubernetes calls to the Kubernetes detectors', async () => {
    const [event] = readRuleCases(join(FIXTURES, 'gcp-logging-impaired.jsonl'))[0]?.events ?? []
    if (event === undefined) throw new Error('fixture has no first case')
    const kubernetes = { ...event, api: { ...event.api, service: { name: 'k8s.io' } } }
    expect((await runProcessor(detector(), [kubernetes])).events).toEqual([])
  })
})

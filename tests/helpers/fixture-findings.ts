/**
 * Every fixture case of a detector (tests/fixtures/<rule-id>.jsonl) through its whole processor, one fresh
 * processor per case, for the checks every detector owes: each positive case raises a finding of its rule
 * that names the case's events by their source ids, no negative case raises one, every finding passes the
 * zod models and the independent validator, and what is not for the detector is accounted for.
 */
import { readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { beforeAll, expect, it } from 'vitest'
import type { RecordProcessor } from '#shared/io/index.ts'
import type { DetectionFinding, OcsfEvent } from '#shared/ocsf/index.ts'
import { runProcessor } from './in-process.ts'
import { HAS_SHARED } from './paths.ts'
import { readRuleCases } from './rule-cases.ts'
import { ocsfValidate, zodProblems } from './validators.ts'

export interface DetectorFixtures {
  /** The skill's tests/fixtures folder. */
  readonly fixturesDir: string
  readonly ruleIds: readonly string[]
  /** A fresh processor with the command line's default settings. */
  readonly createProcessor: () => RecordProcessor
  /**
   * What the source calls its event ids, for the test's name: "CloudTrail eventIDs", "insertIds". Left out
   * for a source whose records carry no id of their own (an MCP proxy log), whose findings cannot name one.
   */
  readonly sourceIdsName?: string
}

interface CaseFindings {
  readonly rule: string
  readonly name: string
  /** metadata.original_event_uid of the case's events, in order. */
  readonly sourceIds: readonly string[]
  readonly findings: readonly DetectionFinding[]
}

async function findingsOfCases(fixtures: DetectorFixtures, expected: boolean): Promise<CaseFindings[]> {
  const results: CaseFindings[] = []
  for (const file of readdirSync(fixtures.fixturesDir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()) {
    const rule = basename(file, '.jsonl')
    for (const entry of readRuleCases(join(fixtures.fixturesDir, file))) {
      if (entry.expected !== expected) continue
      const run = await runProcessor(fixtures.createProcessor(), entry.events)
      results.push({
        rule,
        name: entry.name,
        sourceIds: entry.events.map((event) => String(event.metadata.original_event_uid)),
        findings: run.events as DetectionFinding[],
      })
    }
  }
  return results
}

function findingsOfRule(entry: CaseFindings): readonly DetectionFinding[] {
  return entry.findings.filter((finding) => finding.finding_info.analytic?.uid === entry.rule)
}

/** Registers the checks every detector owes over its fixtures; call it inside the skill's describe. */
export function itRunsEveryFixtureCase(fixtures: DetectorFixtures): void {
  let positives: CaseFindings[]
  let negatives: CaseFindings[]
  beforeAll(async () => {
    positives = await findingsOfCases(fixtures, true)
    negatives = await findingsOfCases(fixtures, false)
  })

  it('has a fixture file for every rule', () => {
    expect(new Set(positives.map((entry) => entry.rule))).toEqual(new Set(fixtures.ruleIds))
  })

  const { sourceIdsName } = fixtures
  if (sourceIdsName === undefined) {
    it('raises a finding of its rule for every positive case', () => {
      for (const entry of positives) expect(findingsOfRule(entry).length, entry.name).toBeGreaterThan(0)
    })
  } else {
    it(`raises a finding of its rule for every positive case, naming the ${sourceIdsName} that triggered it`, () => {
      for (const entry of positives) {
        const own = findingsOfRule(entry)
        expect(own.length, entry.name).toBeGreaterThan(0)
        const related = own.flatMap(
          (finding) => finding.finding_info.related_events?.map((event) => event.uid) ?? [],
        )
        expect(entry.sourceIds, entry.name).toEqual(expect.arrayContaining(related))
        expect(related, entry.name).toContain(entry.sourceIds.at(-1))
      }
    })
  }

  it('fires on no negative case, whichever rule', () => {
    for (const entry of negatives) expect(findingsOfRule(entry), entry.name).toEqual([])
  })

  it('writes findings the OCSF model and the independent validator accept', () => {
    const findings = positives.flatMap((entry) => entry.findings)
    expect(zodProblems(findings)).toEqual([])
    if (!HAS_SHARED) return
    const report = ocsfValidate(findings.map((finding) => JSON.stringify(finding)).join('\n'))
    expect(report.output).toMatch(/ 0 invalid, 0 warnings/)
  })

  it('passes over other classes and skips what is not OCSF, accounting for every record', async () => {
    const rule = fixtures.ruleIds[0]
    const [first] = readRuleCases(join(fixtures.fixturesDir, `${rule}.jsonl`)).filter(
      (entry) => entry.expected,
    )
    if (first === undefined) throw new Error(`${rule}: fixture has no positive case`)
    const noise = ['{"class_uid":4001,"time":1,"metadata":{}}', '{"not":"ocsf"}', '{broken']
    const text = [...noise, ...first.events.map((event) => JSON.stringify(event))].join('\n')
    const run = await runProcessor(fixtures.createProcessor(), text, 'events.jsonl')
    const alone = await runProcessor(fixtures.createProcessor(), first.events)
    expect(run.events.length).toBeGreaterThan(0)
    expect(run.events).toEqual(alone.events)
    expect(run.reporter.dropped.get('event class not read by these rules')).toBe(1)
    expect(run.reporter.skipped).toEqual(
      new Map([
        ['not an OCSF event', 1],
        ['malformed JSON', 1],
      ]),
    )
    expect(run.reporter.isBalanced()).toBe(true)
  })
}

/** The first event of a rule's first fixture case. */
export function firstFixtureEvent(fixturesDir: string, rule: string): OcsfEvent {
  const [event] = readRuleCases(join(fixturesDir, `${rule}.jsonl`))[0]?.events ?? []
  if (event === undefined) throw new Error(`${rule}: fixture has no first case`)
  return event
}

/**
 * Registers a check that a repeat of a rule's first fixture event (one minute later, another source id)
 * merges into the first finding instead of raising a second.
 */
export function itMergesARepeat(title: string, fixtures: DetectorFixtures, rule: string): void {
  it(title, async () => {
    const event = firstFixtureEvent(fixtures.fixturesDir, rule)
    const again = {
      ...event,
      time: event.time + 60_000,
      metadata: { ...event.metadata, original_event_uid: 'again' },
    }
    const run = await runProcessor(fixtures.createProcessor(), [event, again])
    const findings = run.events as DetectionFinding[]
    expect(findings).toHaveLength(1)
    expect(findings[0]?.finding_info.related_events?.map((related) => related.uid)).toEqual([
      event.metadata.original_event_uid,
      'again',
    ])
  })
}

/**
 * Registers a check that a Google Cloud detector leaves GKE's Kubernetes calls (service k8s.io) to the
 * Kubernetes detectors: a rule's first fixture event, made a Kubernetes call, raises nothing.
 */
export function itLeavesGkeCallsAlone(fixtures: DetectorFixtures, rule: string): void {
  it('leaves GKE Kubernetes calls to the Kubernetes detectors', async () => {
    const event = firstFixtureEvent(fixtures.fixturesDir, rule)
    const kubernetes = { ...event, api: { ...event.api, service: { name: 'k8s.io' } } }
    expect((await runProcessor(fixtures.createProcessor(), [kubernetes])).events).toEqual([])
  })
}

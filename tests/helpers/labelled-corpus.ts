/**
 * Scores a detector against the labels of the third-party Kubernetes corpus. Each corpus event has a
 * sidecar line of labels (a Panther rule, a test name, whether that rule must fire); a test maps the
 * Panther rules it answers for onto its own rules, and every such label becomes a true or false
 * positive or negative.
 */
import { readFileSync } from 'node:fs'
import { createDetectionProcessor, isCorrelationRule, type Rule } from '#shared/detect/index.ts'
import type { DetectionFinding, OcsfEvent } from '#shared/ocsf/index.ts'
import { runProcessor } from './in-process.ts'
import { corpusFile } from './paths.ts'
import { parseJsonl, runSkill } from './run-skill.ts'

export const K8S_CORPUS_FILES = [
  'panther_eks_k8s_audit_rule_tests',
  'panther_aks_kube_audit_diaglog_rule_tests',
]

export interface CorpusLabel {
  readonly rule_id: string
  readonly test_name: string
  readonly expected_result: boolean
}

/** Panther rule to the detector rules that answer for it; `*` is any of them. */
export type Coverage = Readonly<Record<string, readonly string[] | '*'>>

export interface Score {
  readonly truePositives: string[]
  readonly falseNegatives: string[]
  readonly falsePositives: string[]
  trueNegatives: number
}

/** The labels of each corpus event, keyed `file:index`. */
function readK8sCorpusLabels(): Map<string, CorpusLabel[]> {
  const labels = new Map<string, CorpusLabel[]>()
  for (const file of K8S_CORPUS_FILES) {
    const lines = readFileSync(corpusFile('k8s', `${file}.labels.jsonl`), 'utf8')
      .trim()
      .split('\n')
    for (const line of lines) {
      const entry = JSON.parse(line) as { index: number; labels: CorpusLabel[] }
      labels.set(`${file}:${entry.index}`, entry.labels)
    }
  }
  return labels
}

/** Both corpus files through the built ingester, with the times most of them lack assumed; JSONL text. */
function ingestK8sCorpus(): string {
  const run = runSkill('ingest-k8s-audit-ocsf', [
    '-q',
    '--assume-time',
    '2024-01-01T00:00:00Z',
    ...K8S_CORPUS_FILES.map((file) => corpusFile('k8s', `${file}.jsonl`)),
  ])
  return run.stdout
}

/** `file:index` of the raw event an OCSF event came from (metadata.sequence is its 1-based line). */
function lineOf(event: OcsfEvent): string {
  const source = String(event.metadata.log_source)
  const file = K8S_CORPUS_FILES.find((name) => source.endsWith(`${name}.jsonl`))
  return `${file}:${Number(event.metadata.sequence) - 1}`
}

/**
 * The rules that fire on each corpus event, by `file:index`. Rules are asked directly rather than read
 * back from findings, because the corpus reuses audit ids, and with them OCSF event uids, across events.
 */
function firingsOf<Config>(
  ocsfText: string,
  rules: readonly Rule<Config>[],
  config: Config,
): Map<string, Set<string>> {
  const events = parseJsonl(ocsfText) as OcsfEvent[]
  const fired = new Map<string, Set<string>>()
  const note = (event: OcsfEvent, rule: string) => {
    const rulesOfLine = fired.get(lineOf(event)) ?? new Set()
    rulesOfLine.add(rule)
    fired.set(lineOf(event), rulesOfLine)
  }
  for (const rule of rules) {
    if (isCorrelationRule(rule)) {
      const correlator = rule.correlator(config)
      for (const event of events) {
        for (const detection of correlator.observe(event))
          for (const evidence of detection.events) note(evidence, rule.id)
      }
    } else {
      for (const event of events) if (rule.match(event, config)) note(event, rule.id)
    }
  }
  return fired
}

export interface CorpusRun {
  readonly labels: Map<string, CorpusLabel[]>
  /** The rules that fire on each corpus event, by `file:index`. */
  readonly fired: Map<string, Set<string>>
  /** What the whole detector writes for the corpus. */
  readonly findings: DetectionFinding[]
}

/** The corpus through the built ingester, then a detector's rules one by one and its whole processor. */
export async function runK8sCorpus<Config>(
  skill: string,
  rules: readonly Rule<Config>[],
  config: Config,
): Promise<CorpusRun> {
  const corpus = ingestK8sCorpus()
  const detector = createDetectionProcessor({ skill, rules, config, dedupWindowMs: 3_600_000 })
  return {
    labels: readK8sCorpusLabels(),
    fired: firingsOf(corpus, rules, config),
    findings: (await runProcessor(detector, corpus)).events as DetectionFinding[],
  }
}

function answers(coverage: Coverage, label: CorpusLabel, rule: string): boolean {
  const covering = coverage[label.rule_id]
  return covering !== undefined && (covering === '*' || covering.includes(rule))
}

/** Every label of a covered Panther rule, scored against what fired on its event. */
export function scoreLabels(
  labels: ReadonlyMap<string, readonly CorpusLabel[]>,
  fired: ReadonlyMap<string, ReadonlySet<string>>,
  coverage: Coverage,
): Score {
  const score: Score = { truePositives: [], falseNegatives: [], falsePositives: [], trueNegatives: 0 }
  for (const [line, eventLabels] of labels) {
    const rules = [...(fired.get(line) ?? [])]
    for (const label of eventLabels) {
      if (coverage[label.rule_id] === undefined) continue
      const hit = rules.some((rule) => answers(coverage, label, rule))
      const name = `${label.rule_id}: ${label.test_name}`
      if (label.expected_result && hit) score.truePositives.push(name)
      else if (label.expected_result) score.falseNegatives.push(name)
      else if (hit) score.falsePositives.push(name)
      else score.trueNegatives += 1
    }
  }
  return score
}

/** Firings no positive label of a covered Panther rule accounts for, as `rule: test names of the event`. */
export function unaccountedFirings(
  labels: ReadonlyMap<string, readonly CorpusLabel[]>,
  fired: ReadonlyMap<string, ReadonlySet<string>>,
  coverage: Coverage,
): string[] {
  const unaccounted: string[] = []
  for (const [line, rules] of fired) {
    const eventLabels = labels.get(line) ?? []
    for (const rule of rules) {
      if (eventLabels.some((label) => label.expected_result && answers(coverage, label, rule))) continue
      unaccounted.push(`${rule}: ${eventLabels.map((label) => label.test_name).join(' / ')}`)
    }
  }
  return unaccounted.sort()
}

/**
 * Scores every mapped rule on the labelled corpus: for each provider, its corpus files go through its
 * built pipe once, then each rule is scored against the labels it answers for. A label or test name the
 * mapping cites but the corpus does not hold is an error, so a typo cannot quietly score nothing.
 */
import { join } from 'node:path'
import { type LabelledRecord, readLabels, readRecords } from './corpus-labels.ts'
import { runCorpusPipe } from './corpus-pipe.ts'
import type { ScoreMapping } from './mapping-types.ts'
import { type RuleScore, type ScoredFile, scoreRule, type Totals, totalsOf } from './tally.ts'

export interface ProviderReport {
  readonly provider: string
  readonly rules: readonly RuleScore[]
  readonly totals: Totals
  /** Per rule, triggering events findings counted but did not list, so could not be joined. */
  readonly unlisted: ReadonlyMap<string, number>
  /** The provider's rules no labelled record can judge, with why. */
  readonly unscored: ReadonlyArray<{ readonly rule: string; readonly reason: string }>
  readonly records: number
  readonly findings: number
}

export interface ScoreReport {
  readonly providers: readonly ProviderReport[]
  readonly totals: Totals
}

export interface ScoreOptions {
  readonly corpusDir: string
  readonly dist: string
  /** Score only these providers; all of them when absent. */
  readonly providers?: readonly string[]
}

function checkCitedLabels(mapping: ScoreMapping, provider: string, records: readonly LabelledRecord[]): void {
  const seen = new Set<string>()
  for (const record of records) {
    for (const label of record.labels) {
      seen.add(label.id)
      seen.add(`${label.id}\u001f${label.test}`)
    }
  }
  for (const [rule, entry] of Object.entries(mapping.rules)) {
    if (entry.provider !== provider) continue
    for (const answer of entry.answers) {
      if (!seen.has(answer.label))
        throw new Error(`${rule} answers for ${answer.label}, which no ${provider} corpus record carries`)
      for (const test of answer.tests ?? []) {
        if (!seen.has(`${answer.label}\u001f${test}`))
          throw new Error(`${rule}: ${answer.label} has no test "${test}"`)
      }
    }
  }
}

function scoreProvider(mapping: ScoreMapping, provider: string, options: ScoreOptions): ProviderReport {
  const pipe = Object.hasOwn(mapping.providers, provider) ? mapping.providers[provider] : undefined
  if (pipe === undefined) throw new Error(`no pipe for provider ${provider}`)
  const files: ScoredFile[] = []
  const unlisted = new Map<string, number>()
  let findings = 0
  for (const corpus of pipe.corpus) {
    const records = readRecords(join(options.corpusDir, corpus.data))
    const labels = readLabels(
      join(options.corpusDir, corpus.labels),
      corpus.format,
      mapping.stratusAttackCalls,
    )
    if (labels.length !== records.length)
      throw new Error(
        `${corpus.labels} describes ${labels.length} records, ${corpus.data} holds ${records.length}`,
      )
    const run = runCorpusPipe(pipe, records, { dist: options.dist, assumeTime: mapping.assumeTime })
    files.push({ name: corpus.data, records: labels, fired: run.fired })
    findings += run.findings
    for (const [rule, count] of run.unlisted) unlisted.set(rule, (unlisted.get(rule) ?? 0) + count)
  }
  const allRecords = files.flatMap((file) => file.records)
  checkCitedLabels(mapping, provider, allRecords)
  const rules = Object.entries(mapping.rules)
    .filter(([, entry]) => entry.provider === provider)
    .map(([rule, entry]) => scoreRule(rule, provider, entry.answers, files))
  const unscored = Object.entries(mapping.unscored ?? {})
    .filter(([, entry]) => entry.provider === provider)
    .map(([rule, entry]) => ({ rule, reason: entry.reason }))
  return {
    provider,
    rules,
    totals: totalsOf(rules),
    unlisted,
    unscored,
    records: allRecords.length,
    findings,
  }
}

export function scoreCorpus(mapping: ScoreMapping, options: ScoreOptions): ScoreReport {
  const providers = (options.providers ?? Object.keys(mapping.providers)).map((provider) =>
    scoreProvider(mapping, provider, options),
  )
  return { providers, totals: totalsOf(providers.flatMap((report) => report.rules)) }
}

/**
 * Scores one rule against the labels it answers for (pure: records, labels and firings in, counts out).
 *
 * - true positive: the rule fired on a record that carries a positive label the rule answers for;
 * - false negative: such a record, and the rule did not fire;
 * - false positive: the rule fired on a record that carries only negative labels among those it answers
 *   for, or on a record known to be benign (Stratus context);
 * - outside: the rule fired on a record none of its labels judge (say, a record labelled only for
 *   another Panther rule). Those are listed for review but do not count against precision: nothing in
 *   the corpus says whether they are right.
 * Labels whose expected result depends on Panther's mocks are left out; a record judged only by them is
 * counted as `mocked`, whether the rule fired or not.
 */
import type { LabelledRecord } from './corpus-labels.ts'
import type { LabelAnswer } from './mapping-types.ts'

export interface ScoredFile {
  /** The corpus file, as the mapping names it. */
  readonly name: string
  readonly records: readonly LabelledRecord[]
  readonly fired: ReadonlyMap<number, ReadonlySet<string>>
}

/** A record, as `file#index` and the labels it carries. */
export interface RecordRef {
  readonly record: string
  readonly labels: string
}

export interface RuleScore {
  readonly rule: string
  readonly provider: string
  readonly truePositives: RecordRef[]
  readonly falsePositives: RecordRef[]
  readonly falseNegatives: RecordRef[]
  readonly outside: RecordRef[]
  mocked: number
}

function isAnswered(answers: readonly LabelAnswer[], id: string, test: string | undefined): boolean {
  return answers.some(
    (answer) =>
      answer.label === id &&
      (answer.tests === undefined || (test !== undefined && answer.tests.includes(test))),
  )
}

function refOf(file: ScoredFile, record: LabelledRecord): RecordRef {
  const labels = record.labels.map(
    (label) =>
      `${label.id}${label.test === undefined ? '' : ` "${label.test}"`} ${label.expected ? '+' : '-'}${label.mocked ? ' (mocked)' : ''}`,
  )
  return { record: `${file.name}#${record.index}`, labels: labels.join('; ') }
}

export function scoreRule(
  rule: string,
  provider: string,
  answers: readonly LabelAnswer[],
  files: readonly ScoredFile[],
): RuleScore {
  const score: RuleScore = {
    rule,
    provider,
    truePositives: [],
    falsePositives: [],
    falseNegatives: [],
    outside: [],
    mocked: 0,
  }
  for (const file of files) {
    for (const record of file.records) {
      const fired = file.fired.get(record.index)?.has(rule) === true
      const answered = record.labels.filter((label) => isAnswered(answers, label.id, label.test))
      const judged = answered.filter((label) => !label.mocked)
      const positive = judged.some((label) => label.expected)
      const negative = judged.length > 0 && !positive
      if (answered.length > 0 && judged.length === 0) score.mocked += 1
      if (positive && fired) score.truePositives.push(refOf(file, record))
      else if (positive) score.falseNegatives.push(refOf(file, record))
      else if (fired && (negative || record.benign)) score.falsePositives.push(refOf(file, record))
      else if (fired && answered.length === 0) score.outside.push(refOf(file, record))
    }
  }
  return score
}

export interface Totals {
  readonly truePositives: number
  readonly falsePositives: number
  readonly falseNegatives: number
  /** TP / (TP + FN); 1 when nothing was there to find. */
  readonly recall: number
  /** TP / (TP + FP); 1 when nothing fired. */
  readonly precision: number
}

export function totalsOf(scores: readonly RuleScore[]): Totals {
  let truePositives = 0
  let falsePositives = 0
  let falseNegatives = 0
  for (const score of scores) {
    truePositives += score.truePositives.length
    falsePositives += score.falsePositives.length
    falseNegatives += score.falseNegatives.length
  }
  const found = truePositives + falseNegatives
  const flagged = truePositives + falsePositives
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    recall: found === 0 ? 1 : truePositives / found,
    precision: flagged === 0 ? 1 : truePositives / flagged,
  }
}

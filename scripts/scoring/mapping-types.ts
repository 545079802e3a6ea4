/** The shape of scripts/score-mapping.ts: which corpus each provider's pipe reads, and which labels each rule answers for. */

/**
 * How a corpus file's sidecar labels are written (../shared/corpus/SOURCES.md):
 * - `panther`: each line lists Panther rule tests (`rule_id`, `test_name`, `expected_result`, `test_uses_mocks`);
 * - `stratus`: each line names the Stratus Red Team technique whose detonation logged the record.
 */
export type LabelFormat = 'panther' | 'stratus'

export interface CorpusFile {
  /** Relative to the corpus folder; `.jsonl` is one record a line, `.json` a `{"Records": [...]}` document or an array. */
  readonly data: string
  readonly labels: string
  readonly format: LabelFormat
}

export interface ProviderPipe {
  readonly ingest: string
  readonly detectors: readonly string[]
  readonly corpus: readonly CorpusFile[]
}

/** A corpus label a rule answers for: a Panther rule id or a Stratus technique id, optionally only some of its tests. */
export interface LabelAnswer {
  readonly label: string
  /** Panther test names; absent means every test of the label. */
  readonly tests?: readonly string[]
  /** Why only those tests, or anything else a reader of the score needs. */
  readonly note?: string
}

export interface RuleAnswers {
  readonly provider: string
  readonly answers: readonly LabelAnswer[]
}

export interface ScoreMapping {
  /** Stamped on corpus records that carry no time (ingest --assume-time). */
  readonly assumeTime: string
  readonly providers: Readonly<Record<string, ProviderPipe>>
  /**
   * For each Stratus Red Team technique, the calls that are the attack. A detonation log also holds the
   * calls around it (Describe*, AssumeRole, polling); those are labelled context, which is benign.
   */
  readonly stratusAttackCalls: Readonly<Record<string, readonly string[]>>
  /** Every rule scored, by rule id, in the order of the report. */
  readonly rules: Readonly<Record<string, RuleAnswers>>
  /**
   * Rules no labelled record can judge (no label's positives are their behaviour), by rule id, with why:
   * a detector's rule is either scored or explained here, never silently left out.
   */
  readonly unscored?: Readonly<Record<string, UnscoredRule>>
}

export interface UnscoredRule {
  readonly provider: string
  readonly reason: string
}

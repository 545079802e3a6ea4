/**
 * The detection score on the labelled corpus (npm run score), kept as a floor: recall, precision and
 * the number of labelled positives scored may not fall below scripts/score-floors.json. Raising a floor
 * is a deliberate edit of that file; lowering one needs a reason in the same change.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { SCORE_MAPPING } from '../scripts/score-mapping.ts'
import { type ScoreReport, scoreCorpus } from '../scripts/scoring/score-corpus.ts'
import { RULES as ACCOUNT_ACCESS } from '../skills/detect/detect-aws-account-access/src/rules/index.ts'
import { RULES as CREDENTIAL_ACCESS } from '../skills/detect/detect-aws-credential-access/src/rules/index.ts'
import { RULES as DATA_EXPOSURE } from '../skills/detect/detect-aws-data-exposure/src/rules/index.ts'
import { RULES as DEFENSE_EVASION } from '../skills/detect/detect-aws-defense-evasion/src/rules/index.ts'
import { RULES as IAM_PERSISTENCE } from '../skills/detect/detect-aws-iam-persistence/src/rules/index.ts'
import { RULES as REMOTE_EXECUTION } from '../skills/detect/detect-aws-remote-execution/src/rules/index.ts'
import { RULES as AZURE_CONTROL_PLANE } from '../skills/detect/detect-azure-control-plane/src/rules/index.ts'
import { RULES as GCP_DEFENSE_EVASION } from '../skills/detect/detect-gcp-defense-evasion/src/rules/index.ts'
import { RULES as GCP_IAM_ABUSE } from '../skills/detect/detect-gcp-iam-abuse/src/rules/index.ts'
import { DIST, HAS_SHARED, ROOT, SHARED } from './helpers/paths.ts'

interface Floor {
  readonly recall: number
  readonly precision: number
  readonly positives: number
}

const FLOORS = JSON.parse(readFileSync(join(ROOT, 'scripts', 'score-floors.json'), 'utf8')) as Record<
  string,
  Floor
>

/** Each provider's detectors, as the mapping names them, with their rules. */
const DETECTOR_RULES: Readonly<Record<string, readonly { id: string }[]>> = {
  'detect-aws-iam-persistence': IAM_PERSISTENCE,
  'detect-aws-defense-evasion': DEFENSE_EVASION,
  'detect-aws-data-exposure': DATA_EXPOSURE,
  'detect-aws-credential-access': CREDENTIAL_ACCESS,
  'detect-aws-account-access': ACCOUNT_ACCESS,
  'detect-aws-remote-execution': REMOTE_EXECUTION,
  'detect-gcp-iam-abuse': GCP_IAM_ABUSE,
  'detect-gcp-defense-evasion': GCP_DEFENSE_EVASION,
  'detect-azure-control-plane': AZURE_CONTROL_PLANE,
}

function rulesOf(entries: Readonly<Record<string, { provider: string }>>, provider: string): string[] {
  return Object.entries(entries)
    .filter(([, entry]) => entry.provider === provider)
    .map(([rule]) => rule)
}

describe('the score mapping', () => {
  it('has a floor for every provider it scores', () => {
    expect(Object.keys(FLOORS).sort()).toEqual(Object.keys(SCORE_MAPPING.providers).sort())
  })

  it.each(Object.entries(SCORE_MAPPING.providers))(
    'scores or explains every rule of the %s detectors, and nothing else',
    (provider, pipe) => {
      const rules = pipe.detectors.flatMap((detector) => {
        const detectorRules = DETECTOR_RULES[detector]
        if (detectorRules === undefined) throw new Error(`${detector} is not in DETECTOR_RULES`)
        return detectorRules.map((rule) => rule.id)
      })
      const mapped = rulesOf(SCORE_MAPPING.rules, provider)
      const unscored = rulesOf(SCORE_MAPPING.unscored ?? {}, provider)
      expect(mapped.filter((rule) => unscored.includes(rule))).toEqual([])
      expect([...mapped, ...unscored].sort()).toEqual(rules.sort())
    },
  )
})

describe.runIf(HAS_SHARED)('the detection score on ../shared/corpus', () => {
  let report: ScoreReport
  beforeAll(() => {
    report = scoreCorpus(SCORE_MAPPING, { corpusDir: join(SHARED, 'corpus'), dist: DIST })
  })

  it.each(Object.entries(FLOORS))('%s holds its recall, precision and coverage floors', (provider, floor) => {
    const scored = report.providers.find((entry) => entry.provider === provider)
    if (scored === undefined) throw new Error(`${provider} was not scored`)
    const { truePositives, falseNegatives, recall, precision } = scored.totals
    expect(truePositives + falseNegatives).toBeGreaterThanOrEqual(floor.positives)
    expect(recall).toBeGreaterThanOrEqual(floor.recall)
    expect(precision).toBeGreaterThanOrEqual(floor.precision)
  })

  it('joins every triggering event of every finding to its corpus record', () => {
    for (const provider of report.providers) expect([...provider.unlisted]).toEqual([])
  })

  it('gives every rule at least one labelled record to answer for', () => {
    for (const provider of report.providers) {
      for (const rule of provider.rules) {
        const judged = rule.truePositives.length + rule.falseNegatives.length + rule.falsePositives.length
        expect(judged + rule.mocked, rule.rule).toBeGreaterThan(0)
      }
    }
  })
})

/** The whole detector: every fixture case through the runner, findings that name their insertIds, options. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDetectionProcessor } from '#shared/detect/index.ts'
import type { DetectionFinding } from '#shared/ocsf/index.ts'
import {
  itLeavesGkeCallsAlone,
  itMergesARepeat,
  itRunsEveryFixtureCase,
} from '../../../../tests/helpers/fixture-findings.ts'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { readRuleCases } from '../../../../tests/helpers/rule-cases.ts'
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
  const fixtures = {
    fixturesDir: FIXTURES,
    ruleIds: RULES.map((rule) => rule.id),
    createProcessor: () => detector(),
    sourceIdsName: 'insertIds',
  }
  itRunsEveryFixtureCase(fixtures)

  itMergesARepeat(
    'merges repeated changes by one caller to one sink into one finding',
    fixtures,
    'gcp-logging-impaired',
  )

  it('keeps an exclusion and a deletion of one sink apart, each with its own severity', async () => {
    const cases = readRuleCases(join(FIXTURES, 'gcp-logging-impaired.jsonl'))
    const excluded = cases.find((entry) => entry.name === 'sink told to exclude the audit logs')?.events ?? []
    const deleted = cases.find((entry) => entry.name === 'log sink deleted')?.events ?? []
    const findings = (await runProcessor(detector(), [...excluded, ...deleted])).events as DetectionFinding[]
    expect(findings.map((finding) => finding.severity).sort()).toEqual(['High', 'Medium'])
  })

  itLeavesGkeCallsAlone(fixtures, 'gcp-logging-impaired')
})

/** The whole detector: every fixture case through the runner, findings that name their insertIds, options. */
import { join } from 'node:path'
import { describe } from 'vitest'
import { createDetectionProcessor } from '#shared/detect/index.ts'
import {
  itLeavesGkeCallsAlone,
  itMergesARepeat,
  itRunsEveryFixtureCase,
} from '../../../../tests/helpers/fixture-findings.ts'
import { RULES } from '../src/rules/index.ts'
import { DEFAULT_CONFIG } from './rules/test-config.ts'

const FIXTURES = join(import.meta.dirname, 'fixtures')

function detector(config = DEFAULT_CONFIG) {
  return createDetectionProcessor({
    skill: 'detect-gcp-iam-abuse',
    rules: RULES,
    config,
    dedupWindowMs: 3_600_000,
  })
}

describe('detect-gcp-iam-abuse', () => {
  const fixtures = {
    fixturesDir: FIXTURES,
    ruleIds: RULES.map((rule) => rule.id),
    createProcessor: () => detector(),
    sourceIdsName: 'insertIds',
  }
  itRunsEveryFixtureCase(fixtures)

  itMergesARepeat(
    'merges repeated grants by one caller on one resource into one finding',
    fixtures,
    'gcp-privileged-role-granted',
  )

  itLeavesGkeCallsAlone(fixtures, 'gcp-privileged-role-granted')
})

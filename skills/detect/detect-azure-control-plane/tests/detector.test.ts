/** The whole detector: every fixture case through the runner, findings that name their Activity Log event ids, options. */
import { join } from 'node:path'
import { describe } from 'vitest'
import { createDetectionProcessor } from '#shared/detect/index.ts'
import { itMergesARepeat, itRunsEveryFixtureCase } from '../../../../tests/helpers/fixture-findings.ts'
import { RULES } from '../src/rules/index.ts'
import { DEFAULT_CONFIG } from './rules/test-config.ts'

const FIXTURES = join(import.meta.dirname, 'fixtures')

function detector(config = DEFAULT_CONFIG) {
  return createDetectionProcessor({
    skill: 'detect-azure-control-plane',
    rules: RULES,
    config,
    dedupWindowMs: 3_600_000,
  })
}

describe('detect-azure-control-plane', () => {
  const fixtures = {
    fixturesDir: FIXTURES,
    ruleIds: RULES.map((rule) => rule.id),
    createProcessor: () => detector(),
    sourceIdsName: 'Activity Log event ids',
  }
  itRunsEveryFixtureCase(fixtures)

  itMergesARepeat(
    'merges repeated run commands by one caller on one machine into one finding',
    fixtures,
    'azure-vm-run-command',
  )
})

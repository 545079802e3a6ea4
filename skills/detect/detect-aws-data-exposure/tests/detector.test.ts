/** The whole detector: every fixture case through the runner, findings that name their CloudTrail events, options. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDetectionProcessor } from '#shared/detect/index.ts'
import type { DetectionFinding } from '#shared/ocsf/index.ts'
import { itRunsEveryFixtureCase } from '../../../../tests/helpers/fixture-findings.ts'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { caseEvents } from '../../../../tests/helpers/rule-cases.ts'
import { RULES } from '../src/rules/index.ts'
import { DEFAULT_CONFIG } from './rules/test-config.ts'

const FIXTURES = join(import.meta.dirname, 'fixtures')

function detector(config = DEFAULT_CONFIG) {
  return createDetectionProcessor({
    skill: 'detect-aws-data-exposure',
    rules: RULES,
    config,
    dedupWindowMs: 3_600_000,
  })
}

async function findingsOf(events: readonly unknown[], config = DEFAULT_CONFIG): Promise<DetectionFinding[]> {
  return (await runProcessor(detector(config), events)).events as DetectionFinding[]
}

describe('detect-aws-data-exposure', () => {
  itRunsEveryFixtureCase({
    fixturesDir: FIXTURES,
    ruleIds: RULES.map((rule) => rule.id),
    createProcessor: () => detector(),
    sourceIdsName: 'CloudTrail eventIDs',
  })

  it('rates a public snapshot as critical and a share with one account as high', async () => {
    const [publicFinding] = await findingsOf(
      caseEvents(FIXTURES, 'aws-snapshot-shared-externally', 'EBS snapshot made public'),
    )
    const [sharedFinding] = await findingsOf(
      caseEvents(FIXTURES, 'aws-snapshot-shared-externally', 'EBS snapshot shared with another account'),
    )
    expect(publicFinding?.severity_id).toBe(5)
    expect(sharedFinding?.severity_id).toBe(4)
    expect(sharedFinding?.finding_info.desc).toBe(
      'DevOps/mallory shared EBS snapshot snap-0a1b2c3d4e5f67890 with account 444455556666.',
    )
  })

  it('stays quiet about shares with an account passed with --trusted-account', async () => {
    const events = caseEvents(
      FIXTURES,
      'aws-snapshot-shared-externally',
      'RDS snapshot shared with another account',
    )
    expect(await findingsOf(events, { trustedAccounts: new Set(['444455556666']) })).toEqual([])
  })
})

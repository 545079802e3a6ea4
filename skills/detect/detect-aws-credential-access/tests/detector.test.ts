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
    skill: 'detect-aws-credential-access',
    rules: RULES,
    config,
    dedupWindowMs: 3_600_000,
  })
}

async function findingsOf(events: readonly unknown[], config = DEFAULT_CONFIG): Promise<DetectionFinding[]> {
  return (await runProcessor(detector(config), events)).events as DetectionFinding[]
}

describe('detect-aws-credential-access', () => {
  itRunsEveryFixtureCase({
    fixturesDir: FIXTURES,
    ruleIds: RULES.map((rule) => rule.id),
    createProcessor: () => detector(),
    sourceIdsName: 'CloudTrail eventIDs',
  })

  it('names all ten reads of a harvest as related events, in one finding', async () => {
    const events = caseEvents(
      FIXTURES,
      'aws-secrets-bulk-retrieval',
      'ten distinct secrets read in under five minutes',
    )
    const findings = await findingsOf(events)
    expect(findings).toHaveLength(1)
    expect(findings[0]?.finding_info.related_events?.map((event) => event.uid)).toEqual(
      events.map((event) => event.metadata.original_event_uid),
    )
    expect(findings[0]?.finding_info.desc).toBe('DevOps/mallory retrieved 10 distinct secrets within 225s.')
  })

  it('alerts on fewer secrets when --secret-threshold is lower', async () => {
    const events = caseEvents(FIXTURES, 'aws-secrets-bulk-retrieval', 'nine distinct secrets')
    expect(await findingsOf(events)).toEqual([])
    expect(await findingsOf(events, { ...DEFAULT_CONFIG, secretThreshold: 9 })).toHaveLength(1)
  })
})

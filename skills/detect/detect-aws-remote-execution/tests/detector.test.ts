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
    skill: 'detect-aws-remote-execution',
    rules: RULES,
    config,
    dedupWindowMs: 3_600_000,
  })
}

async function findingsOf(events: readonly unknown[], config = DEFAULT_CONFIG): Promise<DetectionFinding[]> {
  return (await runProcessor(detector(config), events)).events as DetectionFinding[]
}

describe('detect-aws-remote-execution', () => {
  itRunsEveryFixtureCase({
    fixturesDir: FIXTURES,
    ruleIds: RULES.map((rule) => rule.id),
    createProcessor: () => detector(),
    sourceIdsName: 'CloudTrail eventIDs',
  })

  it('names every session that made up the count, whatever order they were logged in', async () => {
    const events = caseEvents(
      FIXTURES,
      'aws-ssm-many-instances',
      'sessions on three instances, logged out of order',
    )
    const [finding] = await findingsOf(events)
    expect(new Set(finding?.finding_info.related_events?.map((event) => event.uid))).toEqual(
      new Set(events.map((event) => event.metadata.original_event_uid)),
    )
    expect(finding?.finding_info.attacks?.[0]?.technique?.uid).toBe('T1651')
  })

  it('needs more instances when --instance-threshold is higher', async () => {
    const events = caseEvents(FIXTURES, 'aws-ssm-many-instances', 'one command sent to three instances')
    expect(await findingsOf(events, { ...DEFAULT_CONFIG, instanceThreshold: 4 })).toEqual([])
  })
})

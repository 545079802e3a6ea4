/** The whole detector: every fixture case through the runner, findings that name their CloudTrail events, options. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDetectionProcessor } from '#shared/detect/index.ts'
import type { DetectionFinding } from '#shared/ocsf/index.ts'
import { itRunsEveryFixtureCase } from '../../../../tests/helpers/fixture-findings.ts'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { caseEvents } from '../../../../tests/helpers/rule-cases.ts'
import { RULES } from '../src/rules/index.ts'

const FIXTURES = join(import.meta.dirname, 'fixtures')

function detector(config = undefined) {
  return createDetectionProcessor({
    skill: 'detect-aws-defense-evasion',
    rules: RULES,
    config,
    dedupWindowMs: 3_600_000,
  })
}

async function findingsOf(events: readonly unknown[], config = undefined): Promise<DetectionFinding[]> {
  return (await runProcessor(detector(config), events)).events as DetectionFinding[]
}

describe('detect-aws-defense-evasion', () => {
  itRunsEveryFixtureCase({
    fixturesDir: FIXTURES,
    ruleIds: RULES.map((rule) => rule.id),
    createProcessor: () => detector(),
    sourceIdsName: 'CloudTrail eventIDs',
  })

  it('rates a selector change that only leaves out some services as medium', async () => {
    const [finding] = await findingsOf(
      caseEvents(
        FIXTURES,
        'aws-cloudtrail-logging-impaired',
        'event selectors exclude KMS management events',
      ),
    )
    expect(finding?.severity_id).toBe(3)
    expect(finding?.finding_info.desc).toBe(
      'DevOps/mallory changed the event selectors of trail org-trail: management events of kms.amazonaws.com are excluded.',
    )
    expect(finding?.finding_info.attacks?.[0]?.sub_technique?.uid).toBe('T1562.008')
  })

  it('survives an event whose fields have the wrong types', async () => {
    const [event] = caseEvents(FIXTURES, 'aws-cloudtrail-logging-impaired', 'trail stopped')
    const hostile = {
      ...event,
      api: { operation: ['StopLogging'], service: { name: 'cloudtrail.amazonaws.com' } },
      actor: 'x',
    }
    const findings = await findingsOf([hostile, event])
    expect(findings).toHaveLength(1)
  })
})

/** The whole detector: every fixture case through the runner, findings that name their CloudTrail events, options. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDetectionProcessor } from '#shared/detect/index.ts'
import type { DetectionFinding } from '#shared/ocsf/index.ts'
import { itRunsEveryFixtureCase } from '../../../../tests/helpers/fixture-findings.ts'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { readRuleCases } from '../../../../tests/helpers/rule-cases.ts'
import { RULES } from '../src/rules/index.ts'
import { DEFAULT_CONFIG } from './rules/test-config.ts'

const FIXTURES = join(import.meta.dirname, 'fixtures')

function detector(config = DEFAULT_CONFIG) {
  return createDetectionProcessor({
    skill: 'detect-aws-iam-persistence',
    rules: RULES,
    config,
    dedupWindowMs: 3_600_000,
  })
}

describe('detect-aws-iam-persistence', () => {
  itRunsEveryFixtureCase({
    fixturesDir: FIXTURES,
    ruleIds: RULES.map((rule) => rule.id),
    createProcessor: () => detector(),
    sourceIdsName: 'CloudTrail eventIDs',
  })

  it('stays quiet about a role trusting an account passed with --trusted-account', async () => {
    const [opened] = readRuleCases(join(FIXTURES, 'aws-iam-role-trust-opened.jsonl'))
    if (opened === undefined) throw new Error('fixture is empty')
    const config = { ...DEFAULT_CONFIG, trustedAccounts: new Set(['444455556666']) }
    expect((await runProcessor(detector(config), opened.events)).events).toEqual([])
    const finding = (await runProcessor(detector(), opened.events)).events[0] as DetectionFinding
    expect(finding.finding_info.desc).toBe(
      'DevOps/mallory changed the trust policy of role billing-reader to trust account 444455556666.',
    )
    expect(finding.finding_info.attacks?.[0]?.technique?.uid).toBe('T1098')
  })

  it('survives an event whose fields have the wrong types', async () => {
    const [grant] = readRuleCases(join(FIXTURES, 'aws-iam-admin-rights-granted.jsonl'))
    const [event] = grant?.events ?? []
    if (event === undefined) throw new Error('fixture is empty')
    const hostile = {
      ...event,
      api: { operation: 'AttachUserPolicy', service: { name: 42 }, request: 'x' },
      actor: [],
    }
    const run = await runProcessor(detector(), [hostile, event])
    expect(run.events).toHaveLength(1)
    expect(run.reporter.isBalanced()).toBe(true)
  })
})

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
    skill: 'detect-aws-account-access',
    rules: RULES,
    config,
    dedupWindowMs: 3_600_000,
  })
}

async function findingsOf(events: readonly unknown[], config = undefined): Promise<DetectionFinding[]> {
  return (await runProcessor(detector(config), events)).events as DetectionFinding[]
}

describe('detect-aws-account-access', () => {
  itRunsEveryFixtureCase({
    fixturesDir: FIXTURES,
    ruleIds: RULES.map((rule) => rule.id),
    createProcessor: () => detector(),
    sourceIdsName: 'CloudTrail eventIDs',
  })

  it("rates a root sign-in without MFA as high, an IAM user's as medium", async () => {
    const [root] = await findingsOf(
      caseEvents(FIXTURES, 'aws-console-login-without-mfa', 'root user signs in with a password alone'),
    )
    const [user] = await findingsOf(
      caseEvents(FIXTURES, 'aws-console-login-without-mfa', 'IAM user signs in with a password alone'),
    )
    expect(root?.finding_info.title).toBe('Root console sign-in without MFA')
    expect(root?.severity_id).toBe(4)
    expect(user?.severity_id).toBe(3)
  })

  it("merges a root session's calls from one address into one finding", async () => {
    const signIn = caseEvents(FIXTURES, 'aws-root-activity', 'root user signs in with MFA')
    const keyCreated = caseEvents(FIXTURES, 'aws-root-activity', 'root user creates an access key')
    const findings = await findingsOf([...signIn, ...keyCreated])
    const root = findings.filter((finding) => finding.finding_info.analytic?.uid === 'aws-root-activity')
    expect(root).toHaveLength(1)
    expect(root[0]?.finding_info.related_events_count).toBe(2)
  })
})

/**
 * Re-verification through the live APIs of the loopback world: identities still there are drift
 * findings (valid OCSF, high while they can still sign in), identities gone are not, nothing is written.
 */
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  ACCOUNT,
  SA_EMAIL,
  startWorld,
  type World,
  worldApiOptions,
  worldEnvironment,
} from '../../../../tests/helpers/iam-departures/world.ts'
import { GOLDEN } from '../../../../tests/helpers/paths.ts'
import { parseJsonl, summaryOf } from '../../../../tests/helpers/run-skill.ts'
import { runSkillAsync } from '../../../../tests/helpers/run-skill-async.ts'
import { zodProblems } from '../../../../tests/helpers/validators.ts'

const SKILL = 'remediate-iam-departures-verify'
const PLAN = join(GOLDEN, 'iam-departures', 'expected.plan.json')

describe(`${SKILL} live`, () => {
  let world: World
  let env: NodeJS.ProcessEnv
  let live: string[]
  beforeEach(async () => {
    world = await startWorld()
    env = worldEnvironment(world)
    live = [
      '--from-api',
      'aws,entra,gcp,workspace',
      ...worldApiOptions(world),
      '--as-of',
      '2024-06-02T00:00:00Z',
    ]
  })
  afterEach(async () => {
    await world.stop()
  })

  it('reports what is still there as drift, and nothing for what is gone', async () => {
    world.iam.accounts.get(ACCOUNT)?.delete('jdoe')
    world.google.serviceAccounts.delete(SA_EMAIL)
    const user = world.google.workspaceUsers.get('118234567890123456789')
    if (user !== undefined) user.suspended = true
    const run = await runSkillAsync(SKILL, [PLAN, ...live], { env })
    expect(run.status).toBe(0)
    const findings = parseJsonl(run.stdout) as Array<{
      severity: string
      finding_info: { title: string }
      time: number
    }>
    expect(findings.map((finding) => [finding.severity, finding.finding_info.title])).toEqual([
      [
        'High',
        'Microsoft Entra ID User mlee@example.com of mlee@example.com is still present and able to sign in after remediation',
      ],
      [
        'Medium',
        'Google Workspace User rgarcia@example.com of rgarcia@example.com is still present after remediation',
      ],
    ])
    expect(findings.every((finding) => finding.time === Date.parse('2024-06-02T00:00:00Z'))).toBe(true)
    expect(zodProblems(findings)).toEqual([])
    expect(summaryOf(run.stderr)).toMatchObject({ read: 4, processed: 4, emitted: 2 })
    expect(world.iam.writes().length + world.graph.writes().length + world.google.writes().length).toBe(0)
  })

  it('exits 1 with --fail-on when drift at that severity remains', async () => {
    const run = await runSkillAsync(SKILL, [PLAN, ...live, '--fail-on', 'high'], { env })
    expect(parseJsonl(run.stdout)).toHaveLength(4)
    expect(run.status).toBe(1)
  })
})

/**
 * The built command as a user runs it: offline from a snapshot, live against the loopback Resource Manager, the
 * table for people, the CI gate, and the exit statuses of usage, input and credential errors.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AZURE_ACCESS_TOKEN, azureEnvironment } from '../../../../tests/helpers/azure-loopback.ts'
import { GOLDEN } from '../../../../tests/helpers/paths.ts'
import { parseJsonl } from '../../../../tests/helpers/run-skill.ts'
import { runSkillAsync } from '../../../../tests/helpers/run-skill-async.ts'
import { itEvaluatesSnapshotsOffline, itRefusesUsage } from '../../../../tests/helpers/snapshot-cli.ts'
import { type FakeAzure, startFakeAzure } from './fake-azure/server.ts'
import { COMPLIANT_SUBSCRIPTION, compliantSubscription } from './fake-azure/subscriptions.ts'

const SKILL = 'cspm-azure-cis-benchmark'
const NONCOMPLIANT = join(GOLDEN, 'azure-cis-noncompliant-subscription', 'snapshot.json')
const COMPLIANT = join(GOLDEN, 'azure-cis-compliant-subscription', 'snapshot.json')
const RESTRICTED = join(GOLDEN, 'azure-cis-restricted-reader', 'snapshot.json')
const dir = mkdtempSync(join(tmpdir(), 'cspm-azure-'))

function run(args: readonly string[], env: NodeJS.ProcessEnv = azureEnvironment()) {
  return runSkillAsync(SKILL, args, { env })
}

let fake: FakeAzure
beforeAll(async () => {
  fake = await startFakeAzure(compliantSubscription())
})
afterAll(() => fake.close())

describe('evaluating a snapshot offline', () => {
  itEvaluatesSnapshotsOffline(run, {
    snapshot: NONCOMPLIANT,
    time: Date.UTC(2026, 2, 2, 12),
    evaluated: /evaluated 34 check result\(s\) \(fail 21, pass 13\)/,
    validated: RESTRICTED,
    table: {
      firstRow:
        /^Fail\s+Medium\s+3\.1\s+\/subscriptions\/66666666-7777-8888-9999-000000000000\/resourc…\s+Storage account acmedevopen: secure transfer is not required/,
      tally: '21 check result(s): 21 fail',
    },
    gates: [
      // No control of this benchmark here is critical.
      [NONCOMPLIANT, 'critical', 0],
      [NONCOMPLIANT, 'high', 1],
      [COMPLIANT, 'low', 0],
      // Unknowns never trip the gate, whatever the control's severity: only failures do.
      [RESTRICTED, 'low', 0],
    ],
  })
})

describe('collecting live', () => {
  it('evaluates straight from the subscription when given --subscription, and collect writes a snapshot evaluate reads', async () => {
    const env = azureEnvironment(fake.environment)
    const live = await run(['--subscription', COMPLIANT_SUBSCRIPTION, '--api-endpoint', fake.url], env)
    expect(live.status).toBe(0)
    expect(live.stderr).toMatch(/evaluated 26 check result\(s\) \(pass 26\)/)
    expect(new Set(fake.calls.map((call) => call.authorization))).toEqual(
      new Set([`Bearer ${AZURE_ACCESS_TOKEN}`]),
    )
    const output = join(dir, 'live.json')
    const collected = await run(
      ['collect', '--subscription', COMPLIANT_SUBSCRIPTION, '--api-endpoint', fake.url, '-o', output],
      env,
    )
    expect(collected.stderr).toBe('')
    expect(collected.status).toBe(0)
    expect(JSON.parse(readFileSync(output, 'utf8'))).toMatchObject({ kind: SKILL, errors: {} })
    const evaluated = await run(['--snapshot', output, '-q'])
    expect(parseJsonl(evaluated.stdout)).toHaveLength(26)
  })

  it('stops with exit status 4 and says how to give credentials when there are none', async () => {
    const result = await run(['--subscription', COMPLIANT_SUBSCRIPTION, '--api-endpoint', fake.url])
    expect(result.status).toBe(4)
    expect(result.stderr).toContain('no usable credentials')
    expect(result.stderr).toContain('DefaultAzureCredential')
    expect(result.stdout).toBe('')
  })
})

describe('bad usage and input', () => {
  itRefusesUsage(run, [
    [
      ['--snapshot', COMPLIANT, '--subscription', COMPLIANT_SUBSCRIPTION],
      2,
      '--subscription and --api-endpoint apply to live collection',
    ],
    [[COMPLIANT], 2, 'pass a snapshot with --snapshot <file>'],
    [[], 2, 'pass --subscription <id> to collect, or --snapshot <file>'],
    [['--subscription', 'prod/../x'], 2, 'expected a subscription id'],
    [
      ['--subscription', COMPLIANT_SUBSCRIPTION, '--api-endpoint', 'http://management.example.com'],
      2,
      'expected an https:// URL',
    ],
    [['--snapshot', join(dir, 'missing.json')], 3, 'missing.json: cannot be read'],
  ])

  it('refuses a snapshot another skill wrote', async () => {
    const other = join(dir, 'other.json')
    writeFileSync(other, readFileSync(join(GOLDEN, 'gcp-cis-compliant-project', 'snapshot.json')))
    const result = await run(['--snapshot', other])
    expect(result.status).toBe(3)
    expect(result.stderr).toContain('not a cspm-azure-cis-benchmark snapshot')
  })
})

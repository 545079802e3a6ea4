/**
 * The built command as a user runs it: offline from a snapshot, live against the loopback Resource Manager, the
 * table for people, the CI gate, and the exit statuses of usage, input and credential errors.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AZURE_ACCESS_TOKEN } from '../../../../tests/helpers/azure-loopback.ts'
import { GOLDEN, HAS_SHARED } from '../../../../tests/helpers/paths.ts'
import { parseJsonl } from '../../../../tests/helpers/run-skill.ts'
import { runSkillAsync } from '../../../../tests/helpers/run-skill-async.ts'
import { ocsfValidate, zodProblems } from '../../../../tests/helpers/validators.ts'
import { type FakeAzure, startFakeAzure } from './fake-azure/server.ts'
import { COMPLIANT_SUBSCRIPTION, compliantSubscription } from './fake-azure/subscriptions.ts'

const SKILL = 'cspm-azure-cis-benchmark'
const NONCOMPLIANT = join(GOLDEN, 'azure-cis-noncompliant-subscription', 'snapshot.json')
const COMPLIANT = join(GOLDEN, 'azure-cis-compliant-subscription', 'snapshot.json')
const RESTRICTED = join(GOLDEN, 'azure-cis-restricted-reader', 'snapshot.json')
const dir = mkdtempSync(join(tmpdir(), 'cspm-azure-'))

/** An environment where DefaultAzureCredential finds nothing but what the test adds. */
function azureEnvironment(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const home = mkdtempSync(join(tmpdir(), 'azure-home-'))
  return { PATH: '/nonexistent', HOME: home, AZURE_CONFIG_DIR: join(home, 'azure'), ...extra }
}

function run(args: readonly string[], env: NodeJS.ProcessEnv = azureEnvironment()) {
  return runSkillAsync(SKILL, args, { env })
}

let fake: FakeAzure
beforeAll(async () => {
  fake = await startFakeAzure(compliantSubscription())
})
afterAll(() => fake.close())

describe('evaluating a snapshot offline', () => {
  it('writes valid Compliance Findings pointing at the snapshot, the same bytes every run', async () => {
    const first = await run(['evaluate', '--snapshot', NONCOMPLIANT])
    const second = await run(['--snapshot', NONCOMPLIANT])
    expect(first.status).toBe(0)
    expect(second.stdout).toBe(first.stdout)
    const findings = parseJsonl(first.stdout) as Array<{ metadata: { log_source?: string }; time: number }>
    expect(zodProblems(findings)).toEqual([])
    expect(new Set(findings.map((finding) => finding.metadata.log_source))).toEqual(new Set([NONCOMPLIANT]))
    expect(new Set(findings.map((finding) => finding.time))).toEqual(new Set([Date.UTC(2026, 2, 2, 12)]))
    expect(first.stderr).toMatch(/evaluated 34 check result\(s\) \(fail 21, pass 13\)/)
  })

  it.runIf(HAS_SHARED)('passes the independent OCSF validator, warnings counted as errors', async () => {
    const evaluated = await run(['--snapshot', RESTRICTED, '-q'])
    const report = ocsfValidate(evaluated.stdout)
    expect(report.output).toMatch(/ 0 invalid, 0 warnings/)
    expect(report.status).toBe(0)
  })

  it('prints a table of the failures with --format table --only-failed, without colour off a terminal', async () => {
    const table = await run(['--snapshot', NONCOMPLIANT, '--format', 'table', '--only-failed'])
    expect(table.status).toBe(0)
    const lines = table.stdout.split('\n')
    expect(lines[0]).toMatch(/^STATUS\s+SEVERITY\s+CONTROL\s+RESOURCE\s+DETAIL$/)
    expect(lines[1]).toMatch(
      /^Fail\s+Medium\s+3\.1\s+\/subscriptions\/66666666-7777-8888-9999-000000000000\/resourc…\s+Storage account acmedevopen: secure transfer is not required/,
    )
    expect(table.stdout).toContain('21 check result(s): 21 fail')
    expect(table.stdout).not.toContain('\u001b[')
  })

  it.each([
    // No control of this benchmark here is critical.
    [NONCOMPLIANT, 'critical', 0],
    [NONCOMPLIANT, 'high', 1],
    [COMPLIANT, 'low', 0],
    // Unknowns never trip the gate, whatever the control's severity: only failures do.
    [RESTRICTED, 'low', 0],
  ])('%s with --fail-on %s exits %i', async (snapshot, severity, status) => {
    expect((await run(['--snapshot', snapshot, '--fail-on', severity, '-q'])).status).toBe(status)
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
  it.each([
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
  ])('%j exits %i', async (args, status, message) => {
    const result = await run(args)
    expect(result.status).toBe(status)
    expect(result.stderr).toContain(message)
  })

  it('refuses a snapshot another skill wrote', async () => {
    const other = join(dir, 'other.json')
    writeFileSync(other, readFileSync(join(GOLDEN, 'gcp-cis-compliant-project', 'snapshot.json')))
    const result = await run(['--snapshot', other])
    expect(result.status).toBe(3)
    expect(result.stderr).toContain('not a cspm-azure-cis-benchmark snapshot')
  })
})

/**
 * The built command as a user runs it: offline from a snapshot, live against the loopback AWS, the table for
 * people, the CI gate, and the exit statuses of usage, input and credential errors.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SILENT_PROGRESS, serialiseSnapshot } from '#shared/posture/index.ts'
import type { LoopbackAws } from '../../../../tests/helpers/aws-loopback.ts'
import {
  credentialFreeEnv,
  exampleCredentialsEnv,
  useExampleCredentials,
} from '../../../../tests/helpers/aws-test-env.ts'
import { parseJsonl } from '../../../../tests/helpers/run-skill.ts'
import { runSkillAsync } from '../../../../tests/helpers/run-skill-async.ts'
import { itEvaluatesSnapshotsOffline, itRefusesUsage } from '../../../../tests/helpers/snapshot-cli.ts'
import { collectSnapshot } from '../src/collect/collect-snapshot.ts'
import { COLLECTED_AT, compliantAccount, noncompliantAccount } from './fake-aws/accounts.ts'
import type { FakeAccount } from './fake-aws/fake-account.ts'
import { startFakeAws } from './fake-aws/server.ts'

const SKILL = 'cspm-aws-cis-benchmark'
const dir = mkdtempSync(join(tmpdir(), 'cspm-aws-'))
const home = mkdtempSync(join(tmpdir(), 'aws-home-'))
let fake: LoopbackAws

/** Runs the built script without blocking, so the loopback AWS in this process can answer it. */
function run(args: readonly string[], env: NodeJS.ProcessEnv = exampleCredentialsEnv(home)) {
  return runSkillAsync(SKILL, args, { env: { ...env, AWS_REGION: 'us-east-1' }, cwd: dir })
}

async function writeSnapshot(name: string, account: FakeAccount): Promise<string> {
  const server = await startFakeAws(account)
  try {
    const snapshot = await collectSnapshot(
      {
        endpoint: server.endpoint,
        maxAttempts: 3,
        homeRegion: 'us-east-1',
        reportTiming: { polls: 3, pollIntervalMs: 1 },
        now: COLLECTED_AT,
      },
      SILENT_PROGRESS,
    )
    writeFileSync(join(dir, name), serialiseSnapshot(snapshot))
    return name
  } finally {
    await server.close()
  }
}

let compliant: string
let noncompliant: string

beforeAll(async () => {
  useExampleCredentials(home)
  compliant = await writeSnapshot('compliant.json', compliantAccount())
  noncompliant = await writeSnapshot('noncompliant.json', noncompliantAccount())
  fake = await startFakeAws(compliantAccount())
})
afterAll(() => fake.close())

describe('evaluating a snapshot offline', () => {
  itEvaluatesSnapshotsOffline(run, {
    snapshot: 'noncompliant.json',
    time: COLLECTED_AT,
    evaluated: /evaluated 60 check result\(s\) \(fail 52, pass 8\)/,
    validated: 'noncompliant.json',
    table: {
      firstRow:
        /^Fail\s+Critical\s+1\.4\s+arn:aws:iam::444455556666:root\s+The root user has at least one access key\.$/,
      tally: '52 check result(s): 52 fail',
    },
    gates: [
      ['noncompliant.json', 'high', 1],
      ['noncompliant.json', 'critical', 1],
      ['compliant.json', 'high', 0],
      ['compliant.json', 'low', 0],
    ],
  })

  it('gates only on failures: a high-severity Unknown does not fail the run', async () => {
    const snapshot = JSON.parse(readFileSync(join(dir, noncompliant), 'utf8')) as {
      errors: Record<string, string>
      data: unknown
    }
    const unknownOnly = JSON.parse(readFileSync(join(dir, compliant), 'utf8')) as typeof snapshot
    unknownOnly.errors = { 'iam.credentialReport': 'AWS IAM GenerateCredentialReport: permission denied' }
    writeFileSync(join(dir, 'unknown.json'), JSON.stringify(unknownOnly))
    const result = await run(['--snapshot', 'unknown.json', '--fail-on', 'high', '--format', 'table'])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(
      /Unknown\s+1\.10\s+arn:aws:iam::111122223333:root\s+Could not evaluate: collection failed/,
    )
  })
})

describe('collecting live', () => {
  it('evaluates straight from the account when no snapshot is given', async () => {
    const live = await run([
      '--endpoint-url',
      fake.endpoint,
      '--region',
      'us-east-1',
      '--region',
      'eu-west-1',
    ])
    expect(live.status).toBe(0)
    expect(live.stderr).toMatch(/evaluated 75 check result\(s\)/)
    const findings = parseJsonl(live.stdout) as Array<{
      metadata: { log_source?: string }
      compliance: { control: string; status: string }
    }>
    expect(findings.every((finding) => finding.metadata.log_source === undefined)).toBe(true)
    // Credential ages count from the clock of a live run, and the fake account's report is fixed in time.
    const ageless = findings.filter((finding) => !['1.12', '1.14'].includes(finding.compliance.control))
    expect(new Set(ageless.map((finding) => finding.compliance.status))).toEqual(new Set(['Pass']))
  })

  it('writes a snapshot with collect, which evaluate then reads offline', async () => {
    const collected = await run(['collect', '--endpoint-url', fake.endpoint, '-o', 'live.json'])
    expect(collected.stderr).toBe('')
    expect(collected.status).toBe(0)
    const snapshot = JSON.parse(readFileSync(join(dir, 'live.json'), 'utf8')) as {
      kind: string
      collected_at: string
    }
    expect(snapshot.kind).toBe(SKILL)
    const evaluated = await run(['--snapshot', 'live.json', '-q'], credentialFreeEnv(home))
    expect(evaluated.status).toBe(0)
    expect(parseJsonl(evaluated.stdout).length).toBeGreaterThan(0)
  })

  it('stops with exit status 4 and says how to give credentials when there are none', async () => {
    const result = await run(['--endpoint-url', fake.endpoint], credentialFreeEnv(home))
    expect(result.status).toBe(4)
    expect(result.stderr).toContain('AWS STS GetCallerIdentity: no usable credentials')
    expect(result.stdout).toBe('')
  })
})

describe('bad usage and input', () => {
  itRefusesUsage(run, [
    [
      ['--snapshot', 'compliant.json', '--region', 'us-east-1'],
      2,
      '--profile, --region and --endpoint-url apply to live collection',
    ],
    [['compliant.json'], 2, 'pass a snapshot with --snapshot <file>'],
    [['--snapshot', 'compliant.json', '--format', 'csv'], 2, '--format must be ocsf or table'],
    [['--endpoint-url', 'http://aws.example.com'], 2, 'expected an https:// URL'],
    [['--snapshot', 'missing.json'], 3, 'missing.json: cannot be read'],
  ])

  it('refuses a snapshot another skill wrote', async () => {
    writeFileSync(
      join(dir, 'other.json'),
      JSON.stringify({
        kind: 'cspm-gcp-cis-benchmark',
        collected_at: '2026-03-02T00:00:00Z',
        errors: {},
        data: {},
      }),
    )
    const result = await run(['--snapshot', 'other.json'])
    expect(result.status).toBe(3)
    expect(result.stderr).toContain('not a cspm-aws-cis-benchmark snapshot')
  })
})

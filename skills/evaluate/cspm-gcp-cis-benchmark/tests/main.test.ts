/**
 * The built command as a user runs it: offline from a snapshot, live against the loopback Google APIs, the
 * table for people, the CI gate, and the exit statuses of usage, input and credential errors.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { googleEnvironment } from '../../../../tests/helpers/google-metadata.ts'
import { GOLDEN } from '../../../../tests/helpers/paths.ts'
import { parseJsonl } from '../../../../tests/helpers/run-skill.ts'
import { runSkillAsync } from '../../../../tests/helpers/run-skill-async.ts'
import { itEvaluatesSnapshotsOffline, itRefusesUsage } from '../../../../tests/helpers/snapshot-cli.ts'
import { compliantProject } from './fake-google/projects.ts'
import { type FakeGoogle, startFakeGoogle } from './fake-google/server.ts'

const SKILL = 'cspm-gcp-cis-benchmark'
const NONCOMPLIANT = join(GOLDEN, 'gcp-cis-noncompliant-project', 'snapshot.json')
const COMPLIANT = join(GOLDEN, 'gcp-cis-compliant-project', 'snapshot.json')
const RESTRICTED = join(GOLDEN, 'gcp-cis-restricted-reader', 'snapshot.json')
const dir = mkdtempSync(join(tmpdir(), 'cspm-gcp-'))

function run(args: readonly string[], env: NodeJS.ProcessEnv = googleEnvironment()) {
  return runSkillAsync(SKILL, args, { env })
}

let fake: FakeGoogle
beforeAll(async () => {
  fake = await startFakeGoogle(compliantProject())
})
afterAll(() => fake.close())

describe('evaluating a snapshot offline', () => {
  itEvaluatesSnapshotsOffline(run, {
    snapshot: NONCOMPLIANT,
    time: Date.UTC(2026, 2, 2, 12),
    evaluated: /evaluated 31 check result\(s\) \(fail 20, pass 11\)/,
    validated: RESTRICTED,
    table: {
      firstRow:
        /^Fail\s+Medium\s+1\.1\s+\/\/cloudresourcemanager\.googleapis\.com\/projects\/acme-dev-456\s+The project IAM policy grants roles to consumer accounts/,
      tally: '20 check result(s): 20 fail',
    },
    gates: [
      [NONCOMPLIANT, 'critical', 1],
      [NONCOMPLIANT, 'high', 1],
      [COMPLIANT, 'low', 0],
      // Unknowns never trip the gate: 5.1 (critical) is Unknown there, and only 1.4 (high) and 1.7 fail.
      [RESTRICTED, 'critical', 0],
      [RESTRICTED, 'high', 1],
    ],
  })
})

describe('collecting live', () => {
  it('evaluates straight from the project when given --project, and collect writes a snapshot evaluate reads', async () => {
    const env = googleEnvironment(fake.host)
    const live = await run(['--project', 'acme-prod-123', '--api-endpoint', fake.url], env)
    expect(live.status).toBe(0)
    expect(live.stderr).toMatch(/evaluated 23 check result\(s\) \(pass 23\)/)
    const output = join(dir, 'live.json')
    const collected = await run(
      ['collect', '--project', 'acme-prod-123', '--api-endpoint', fake.url, '-o', output],
      env,
    )
    expect(collected.stderr).toBe('')
    expect(collected.status).toBe(0)
    expect(JSON.parse(readFileSync(output, 'utf8'))).toMatchObject({ kind: SKILL, errors: {} })
    const evaluated = await run(['--snapshot', output, '-q'])
    expect(parseJsonl(evaluated.stdout)).toHaveLength(23)
  })

  it('stops with exit status 4 and says how to give credentials when there are none', async () => {
    const result = await run(['--project', 'acme-prod-123', '--api-endpoint', fake.url])
    expect(result.status).toBe(4)
    expect(result.stderr).toContain('no usable credentials')
    expect(result.stderr).toContain('GOOGLE_APPLICATION_CREDENTIALS')
    expect(result.stdout).toBe('')
  })
})

describe('bad usage and input', () => {
  itRefusesUsage(run, [
    [
      ['--snapshot', COMPLIANT, '--project', 'acme-prod-123'],
      2,
      '--project and --api-endpoint apply to live collection',
    ],
    [[COMPLIANT], 2, 'pass a snapshot with --snapshot <file>'],
    [[], 2, 'pass --project <id> to collect, or --snapshot <file>'],
    [['--project', 'projects/../x'], 2, 'expected a project id'],
    [
      ['--project', 'acme-prod-123', '--api-endpoint', 'http://googleapis.example.com'],
      2,
      'expected an https:// URL',
    ],
    [['--snapshot', join(dir, 'missing.json')], 3, 'missing.json: cannot be read'],
  ])

  it('refuses a snapshot another skill wrote', async () => {
    const other = join(dir, 'other.json')
    writeFileSync(other, readFileSync(join(GOLDEN, 'azure-cis-compliant-subscription', 'snapshot.json')))
    const result = await run(['--snapshot', other])
    expect(result.status).toBe(3)
    expect(result.stderr).toContain('not a cspm-gcp-cis-benchmark snapshot')
  })
})

/**
 * The built command as a user runs it: offline from a snapshot, live against the loopback Google APIs, the
 * table for people, the CI gate, and the exit statuses of usage, input and credential errors.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { googleEnvironment } from '../../../../tests/helpers/google-metadata.ts'
import { GOLDEN, HAS_SHARED } from '../../../../tests/helpers/paths.ts'
import { parseJsonl } from '../../../../tests/helpers/run-skill.ts'
import { runSkillAsync } from '../../../../tests/helpers/run-skill-async.ts'
import { ocsfValidate, zodProblems } from '../../../../tests/helpers/validators.ts'
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
  it('writes valid Compliance Findings pointing at the snapshot, the same bytes every run', async () => {
    const first = await run(['evaluate', '--snapshot', NONCOMPLIANT])
    const second = await run(['--snapshot', NONCOMPLIANT])
    expect(first.status).toBe(0)
    expect(second.stdout).toBe(first.stdout)
    const findings = parseJsonl(first.stdout) as Array<{ metadata: { log_source?: string }; time: number }>
    expect(zodProblems(findings)).toEqual([])
    expect(new Set(findings.map((finding) => finding.metadata.log_source))).toEqual(new Set([NONCOMPLIANT]))
    expect(new Set(findings.map((finding) => finding.time))).toEqual(new Set([Date.UTC(2026, 2, 2, 12)]))
    expect(first.stderr).toMatch(/evaluated 31 check result\(s\) \(fail 20, pass 11\)/)
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
      /^Fail\s+Medium\s+1\.1\s+\/\/cloudresourcemanager\.googleapis\.com\/projects\/acme-dev-456\s+The project IAM policy grants roles to consumer accounts/,
    )
    expect(table.stdout).toContain('20 check result(s): 20 fail')
    expect(table.stdout).not.toContain('\u001b[')
  })

  it.each([
    [NONCOMPLIANT, 'critical', 1],
    [NONCOMPLIANT, 'high', 1],
    [COMPLIANT, 'low', 0],
    // Unknowns never trip the gate: 5.1 (critical) is Unknown there, and only 1.4 (high) and 1.7 fail.
    [RESTRICTED, 'critical', 0],
    [RESTRICTED, 'high', 1],
  ])('%s with --fail-on %s exits %i', async (snapshot, severity, status) => {
    expect((await run(['--snapshot', snapshot, '--fail-on', severity, '-q'])).status).toBe(status)
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
  it.each([
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
  ])('%j exits %i', async (args, status, message) => {
    const result = await run(args)
    expect(result.status).toBe(status)
    expect(result.stderr).toContain(message)
  })

  it('refuses a snapshot another skill wrote', async () => {
    const other = join(dir, 'other.json')
    writeFileSync(other, readFileSync(join(GOLDEN, 'azure-cis-compliant-subscription', 'snapshot.json')))
    const result = await run(['--snapshot', other])
    expect(result.status).toBe(3)
    expect(result.stderr).toContain('not a cspm-gcp-cis-benchmark snapshot')
  })
})

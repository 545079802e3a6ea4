/**
 * Live mode through the real @aws-sdk/client-cloudtrail client, over HTTP, against a loopback server that
 * speaks the CloudTrail wire protocol: pagination to the end, a throttle the SDK retries, access denied
 * and missing credentials, in-process and through the built script with its exit statuses.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ServiceError } from '#shared/errors/index.ts'
import type { ApiActivity } from '#shared/ocsf/index.ts'
import { ROOT, skillScript } from '../../../../tests/helpers/paths.ts'
import { parseJsonl, type SkillRun, summaryOf } from '../../../../tests/helpers/run-skill.ts'
import { zodProblems } from '../../../../tests/helpers/validators.ts'
import { lookupEventPages } from '../src/lookup-events.ts'
import {
  apiError,
  type CloudTrailApiServer,
  eventsPage,
  LOOKUP_EVENTS_TARGET,
  startCloudTrailApi,
} from './cloudtrail-api-server.ts'
import { ASSUME_ROLE, CONSOLE_LOGIN, CREATE_ACCESS_KEY, STOP_LOGGING_DENIED } from './sample-records.ts'

const WINDOW = { start: Date.UTC(2026, 2, 2), end: Date.UTC(2026, 2, 3) }
const SINCE = '2026-03-02T00:00:00Z'
const UNTIL = '2026-03-03T00:00:00Z'

/** An event as the API returns it: EventTime in epoch seconds, the record as a JSON string. */
function apiEvent(record: Record<string, unknown>) {
  return {
    EventId: record.eventID,
    EventName: record.eventName,
    ReadOnly: String(record.readOnly),
    EventTime: Date.parse(String(record.eventTime)) / 1000,
    EventSource: record.eventSource,
    Resources: [],
    CloudTrailEvent: JSON.stringify(record),
  }
}

const THREE_PAGES = [
  apiError('ThrottlingException', 'Rate exceeded'),
  eventsPage([apiEvent(CREATE_ACCESS_KEY), apiEvent(ASSUME_ROLE)], 'token-2'),
  eventsPage([apiEvent(STOP_LOGGING_DENIED)], 'token-3'),
  eventsPage([apiEvent(CONSOLE_LOGIN)]),
]

/** An environment with the documented example keys and no way to find any other credentials. */
function awsEnvironment(withCredentials: boolean): Record<string, string> {
  const nowhere = join(mkdtempSync(join(tmpdir(), 'cloudtrail-test-')), 'absent')
  const environment: Record<string, string> = {
    AWS_CONFIG_FILE: nowhere,
    AWS_SHARED_CREDENTIALS_FILE: nowhere,
    AWS_EC2_METADATA_DISABLED: 'true',
  }
  if (withCredentials) {
    environment.AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE'
    environment.AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
  }
  return environment
}

let server: CloudTrailApiServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
  vi.unstubAllEnvs()
})

describe('lookupEventPages', () => {
  beforeEach(() => {
    for (const name of ['AWS_PROFILE', 'AWS_REGION', 'AWS_SESSION_TOKEN', 'AWS_ENDPOINT_URL'])
      vi.stubEnv(name, undefined)
  })

  it('reads every page, retries the throttle, and hands each page on before asking for the next', async () => {
    for (const [name, value] of Object.entries(awsEnvironment(true))) vi.stubEnv(name, value)
    server = await startCloudTrailApi(THREE_PAGES)
    const pages = lookupEventPages({ region: 'us-east-1', endpoint: server.url }, WINDOW)
    const first = await pages.next()
    // The throttled call and the first page, nothing more: the next page is asked for only when this one is used.
    expect(server.calls).toHaveLength(2)
    const rest: unknown[][] = []
    for await (const page of pages) rest.push(page)
    const records = [first.value as unknown[], ...rest].flat() as Array<Record<string, unknown>>
    expect(records.map((record) => record.EventName)).toEqual([
      'CreateAccessKey',
      'AssumeRole',
      'StopLogging',
      'ConsoleLogin',
    ])
    expect(records[0]).toMatchObject({ EventTime: '2026-03-02T09:31:12.000Z', ReadOnly: 'false' })
    expect(records[0]?.CloudTrailEvent).toBe(JSON.stringify(CREATE_ACCESS_KEY))

    expect(server.calls).toHaveLength(4)
    for (const call of server.calls) {
      expect(call.target).toMatch(LOOKUP_EVENTS_TARGET)
      expect(call.contentType).toBe('application/x-amz-json-1.1')
      expect(call.authorization).toMatch(
        /^AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE\/\d{8}\/us-east-1\/cloudtrail\//,
      )
      expect(call.body).toMatchObject({
        StartTime: WINDOW.start / 1000,
        EndTime: WINDOW.end / 1000,
        MaxResults: 50,
      })
    }
    expect(server.calls.map((call) => call.body.NextToken)).toEqual([
      undefined,
      undefined,
      'token-2',
      'token-3',
    ])
  })

  it('turns access denied into a ServiceError that names the permission', async () => {
    for (const [name, value] of Object.entries(awsEnvironment(true))) vi.stubEnv(name, value)
    server = await startCloudTrailApi([
      apiError(
        'AccessDeniedException',
        'User: arn:aws:iam::123456789012:user/auditor is not authorized to perform: cloudtrail:LookupEvents',
      ),
    ])
    const pages = lookupEventPages({ region: 'us-east-1', endpoint: server.url }, WINDOW)
    const failure = await pages.next().then(
      () => undefined,
      (error: unknown) => error,
    )
    expect(failure).toBeInstanceOf(ServiceError)
    expect((failure as Error).message).toMatch(
      /^AWS CloudTrail LookupEvents: permission denied; the caller needs cloudtrail:LookupEvents/,
    )
    expect(server.calls).toHaveLength(1)
  })

  it('says so when the default credential chain finds no credentials, before any call', async () => {
    for (const [name, value] of Object.entries(awsEnvironment(false))) vi.stubEnv(name, value)
    for (const name of [
      'AWS_ACCESS_KEY_ID',
      'AWS_SECRET_ACCESS_KEY',
      'AWS_WEB_IDENTITY_TOKEN_FILE',
      'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
      'AWS_CONTAINER_CREDENTIALS_FULL_URI',
    ]) {
      vi.stubEnv(name, undefined)
    }
    server = await startCloudTrailApi([eventsPage([])])
    const pages = lookupEventPages({ region: 'us-east-1', endpoint: server.url }, WINDOW)
    const failure = await pages.next().then(
      () => undefined,
      (error: unknown) => error,
    )
    expect(failure).toBeInstanceOf(ServiceError)
    expect((failure as Error).message).toMatch(
      /^AWS CloudTrail LookupEvents: no usable credentials \(credentials allowed cloudtrail:LookupEvents, from the AWS default chain/,
    )
    expect(server.calls).toHaveLength(0)
  })
})

/** Runs the built script without blocking this process, which serves the API the script calls. */
function runSkillAsync(args: readonly string[], environment: Record<string, string>): Promise<SkillRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [skillScript('ingest-cloudtrail-ocsf'), ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...environment },
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', reject)
    child.on('close', (status, signal) =>
      resolve({
        status,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    )
  })
}

function liveArgs(url: string): string[] {
  return ['--from-api', '--since', SINCE, '--until', UNTIL, '--region', 'us-east-1', '--endpoint-url', url]
}

describe('ingest-cloudtrail-ocsf --from-api', () => {
  it('emits every event of every page as OCSF and accounts for a malformed one', async () => {
    const broken = { ...apiEvent(CONSOLE_LOGIN), EventId: 'broken', CloudTrailEvent: '{"eventName":' }
    server = await startCloudTrailApi([
      ...THREE_PAGES.slice(0, 3),
      eventsPage([apiEvent(CONSOLE_LOGIN), broken]),
    ])
    const run = await runSkillAsync(liveArgs(server.url), awsEnvironment(true))
    expect(run.status).toBe(0)
    const events = parseJsonl(run.stdout) as ApiActivity[]
    expect(zodProblems(events)).toEqual([])
    expect(events.map((event) => event.api.operation)).toEqual([
      'CreateAccessKey',
      'AssumeRole',
      'StopLogging',
      'ConsoleLogin',
    ])
    expect(events[0]?.metadata).toMatchObject({
      log_source: 'cloudtrail:LookupEvents',
      log_provider: 'AWS CloudTrail event history (LookupEvents)',
    })
    expect(run.stderr).toContain('cloudtrail:LookupEvents record 5: skipped: malformed CloudTrailEvent')
    const summary = summaryOf(run.stderr)
    expect(summary).toMatchObject({ read: 5, processed: 4, dropped: 0, skipped: 1, emitted: 4 })
    // The throttled call was retried by the SDK, then three pages: the run went to the last one.
    expect(server.calls).toHaveLength(4)
  })

  it('exits 4 naming cloudtrail:LookupEvents when access is denied', async () => {
    server = await startCloudTrailApi([
      apiError(
        'AccessDeniedException',
        'User: arn:aws:iam::123456789012:user/auditor is not authorized to perform: cloudtrail:LookupEvents',
      ),
    ])
    const run = await runSkillAsync(liveArgs(server.url), awsEnvironment(true))
    expect(run.status).toBe(4)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(
      /^ingest-cloudtrail-ocsf: AWS CloudTrail LookupEvents: permission denied; the caller needs cloudtrail:LookupEvents/,
    )
  })

  it('exits 4 when there are no credentials', async () => {
    server = await startCloudTrailApi([eventsPage([])])
    const run = await runSkillAsync(liveArgs(server.url), awsEnvironment(false))
    expect(run.status).toBe(4)
    expect(run.stderr).toMatch(/no usable credentials .*cloudtrail:LookupEvents/)
    expect(server.calls).toHaveLength(0)
  })

  it.each([
    ['live options without --from-api', ['--region', 'us-east-1'], /apply only with --from-api/],
    [
      'an endpoint over plain http to another host',
      ['--from-api', '--endpoint-url', 'http://cloudtrail.example.com'],
      /https/,
    ],
    [
      'a window that ends before it starts',
      ['--from-api', '--since', UNTIL, '--until', SINCE],
      /--since must be before --until/,
    ],
    ['files and --from-api together', ['--from-api', 'records.json'], /cannot be combined/],
  ])('refuses %s with exit status 2', async (_name, args, message) => {
    const run = await runSkillAsync(args, awsEnvironment(true))
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(message)
  })
})

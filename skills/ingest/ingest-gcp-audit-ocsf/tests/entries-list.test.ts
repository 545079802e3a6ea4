/**
 * Live mode through Google's real client libraries over HTTP: application default credentials fetch a
 * token from a loopback metadata server, and entries:list pages come from a loopback Cloud Logging API,
 * with pagination to the end, a throttle that is retried, output streamed before the next page is asked
 * for, a permission denial and missing credentials, all through the built script and its exit statuses.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { ApiActivity } from '#shared/ocsf/index.ts'
import { googleEnvironment } from '../../../../tests/helpers/google-metadata.ts'
import { parseJsonl, summaryOf } from '../../../../tests/helpers/run-skill.ts'
import { runSkillAsync, whenLinesWritten } from '../../../../tests/helpers/run-skill-async.ts'
import { zodProblems } from '../../../../tests/helpers/validators.ts'
import { auditLogFilter } from '../src/entries-list.ts'
import {
  ACCESS_TOKEN,
  entriesPage,
  type LoggingApiServer,
  rpcError,
  startLoggingApi,
} from './logging-api-server.ts'
import {
  CREATE_SERVICE_ACCOUNT_KEY,
  DELETE_SINK_DENIED,
  GENERATE_ACCESS_TOKEN,
  REQUEST_LOG,
  SET_IAM_POLICY_OWNER,
} from './sample-entries.ts'

const SKILL = 'ingest-gcp-audit-ocsf'
const WINDOW_ARGS = ['--since', '2026-03-02T09:00:00Z', '--until', '2026-03-02T10:00:00Z']

function liveArgs(server: LoggingApiServer): string[] {
  return ['--from-api', '--project', 'example-prod-123', '--api-endpoint', server.url, ...WINDOW_ARGS]
}

let server: LoggingApiServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

describe('the entries.list filter', () => {
  it('selects every Cloud Audit Logs log of the window, start inclusive and end exclusive', () => {
    expect(auditLogFilter({ start: Date.UTC(2026, 2, 2, 9), end: Date.UTC(2026, 2, 2, 10) })).toBe(
      'logName:"cloudaudit.googleapis.com" AND timestamp>="2026-03-02T09:00:00.000Z" AND timestamp<"2026-03-02T10:00:00.000Z"',
    )
  })
})

describe('a live pull', () => {
  it('reads every page, retries a throttle, and streams each page before asking for the next', async () => {
    const firstPage = whenLinesWritten(2)
    server = await startLoggingApi([
      entriesPage([CREATE_SERVICE_ACCOUNT_KEY, GENERATE_ACCESS_TOKEN], 'page-2'),
      {
        ...rpcError(429, 'RESOURCE_EXHAUSTED', 'Quota exceeded for quota metric Read requests', 1),
        after: firstPage.written,
      },
      entriesPage([SET_IAM_POLICY_OWNER, REQUEST_LOG], 'page-3'),
      entriesPage([DELETE_SINK_DENIED]),
    ])
    const run = await runSkillAsync(SKILL, liveArgs(server), {
      env: googleEnvironment(server.host),
      onStdout: firstPage.onStdout,
    })
    expect(run.stderr).not.toMatch(/: skipped: |error/)
    expect(run.status).toBe(0)
    const events = parseJsonl(run.stdout) as ApiActivity[]
    expect(zodProblems(events)).toEqual([])
    expect(events.map((event) => event.api.operation)).toEqual([
      'google.iam.admin.v1.CreateServiceAccountKey',
      'GenerateAccessToken',
      'SetIamPolicy',
      'google.logging.v2.ConfigServiceV2.DeleteSink',
    ])
    expect(events[0]?.metadata.log_source).toBe('logging:entries.list')
    expect(summaryOf(run.stderr)).toMatchObject({ read: 5, processed: 4, dropped: 1, skipped: 0, emitted: 4 })

    // Four calls: the first page, the throttled call, its retry, and the last page, each with the token.
    expect(server.listCalls.map((call) => call.body.pageToken)).toEqual([
      undefined,
      'page-2',
      'page-2',
      'page-3',
    ])
    expect(new Set(server.listCalls.map((call) => call.authorization))).toEqual(
      new Set([`Bearer ${ACCESS_TOKEN}`]),
    )
    expect(server.tokenRequests).toBeGreaterThan(0)
    expect(server.listCalls[0]?.body).toEqual({
      resourceNames: ['projects/example-prod-123'],
      filter:
        'logName:"cloudaudit.googleapis.com" AND timestamp>="2026-03-02T09:00:00.000Z" AND timestamp<"2026-03-02T10:00:00.000Z"',
      orderBy: 'timestamp asc',
      pageSize: 1000,
    })
  })

  it('names the permission it lacks and exits 4 when the API denies the call', async () => {
    server = await startLoggingApi([
      rpcError(403, 'PERMISSION_DENIED', 'The caller does not have permission'),
    ])
    const run = await runSkillAsync(SKILL, liveArgs(server), { env: googleEnvironment(server.host) })
    expect(run.status).toBe(4)
    expect(run.stdout).toBe('')
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain('ingest-gcp-audit-ocsf: Cloud Logging entries.list: permission denied')
    expect(run.stderr).toContain('logging.logEntries.list')
    expect(run.stderr).toContain('roles/logging.viewer')
  })

  it('says how to supply credentials and exits 4 when there are none', async () => {
    server = await startLoggingApi([])
    const run = await runSkillAsync(SKILL, liveArgs(server), { env: googleEnvironment() })
    expect(run.status).toBe(4)
    expect(run.stderr).toContain('no usable credentials')
    expect(run.stderr).toContain('GOOGLE_APPLICATION_CREDENTIALS')
    expect(server.listCalls).toHaveLength(0)
  })
})

describe('live options', () => {
  it.each([
    [['--from-api', ...WINDOW_ARGS], '--from-api needs --project'],
    [['--project', 'example-prod-123'], 'apply only with --from-api'],
    [
      ['--from-api', '--project', 'example-prod-123', '--api-endpoint', 'http://logging.example.com'],
      'http:// only for localhost',
    ],
    [['--from-api', '--project', 'projects/../x'], 'expected a project id'],
    [
      ['--from-api', '--project', 'example-prod-123', '--since', '1h', '--until', '2h'],
      '--since must be before --until',
    ],
  ])('refuses %j with status 2', async (args, message) => {
    const run = await runSkillAsync(SKILL, args, { env: googleEnvironment() })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(message)
  })
})

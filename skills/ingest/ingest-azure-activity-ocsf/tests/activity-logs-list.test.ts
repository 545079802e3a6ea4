/**
 * Live mode through the real @azure/arm-monitor client and DefaultAzureCredential: the credential gets
 * its token from a loopback managed-identity endpoint, and Activity Logs - List pages come from a loopback
 * Resource Manager over HTTPS, with nextLink pagination to the end, a 429 with Retry-After that is retried,
 * output streamed before the next page is asked for, and a permission denial, all through the built script
 * and its exit statuses.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { ApiActivity } from '#shared/ocsf/index.ts'
import { azureEnvironment } from '../../../../tests/helpers/azure-loopback.ts'
import { parseJsonl, summaryOf } from '../../../../tests/helpers/run-skill.ts'
import { runSkillAsync, whenLinesWritten } from '../../../../tests/helpers/run-skill-async.ts'
import { zodProblems } from '../../../../tests/helpers/validators.ts'
import { activityLogFilter } from '../src/activity-logs-list.ts'
import {
  ACCESS_TOKEN,
  type ArmApiServer,
  armError,
  eventsPage,
  SUBSCRIPTION,
  startArmApi,
} from './arm-api-server.ts'
import {
  DIAGNOSTIC_SETTING_DELETE,
  NSG_RULE_OPEN_RDP,
  ROLE_ASSIGNMENT_WRITE,
  RUN_COMMAND_DENIED,
  SERVICE_HEALTH_NOTICE,
} from './sample-events.ts'

const SKILL = 'ingest-azure-activity-ocsf'
const WINDOW_ARGS = ['--since', '2026-03-02T09:00:00Z', '--until', '2026-03-02T10:00:00Z']
const FILTER = "eventTimestamp ge '2026-03-02T09:00:00.000Z' and eventTimestamp le '2026-03-02T10:00:00.000Z'"

function liveArgs(server: ArmApiServer): string[] {
  return ['--from-api', '--subscription', SUBSCRIPTION, '--api-endpoint', server.url, ...WINDOW_ARGS]
}

let server: ArmApiServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

describe('the Activity Logs filter', () => {
  it('is the subscription-and-time-range form the API accepts', () => {
    expect(activityLogFilter({ start: Date.UTC(2026, 2, 2, 9), end: Date.UTC(2026, 2, 2, 10) })).toBe(FILTER)
  })
})

describe('a live pull', () => {
  it('follows nextLink to the end, retries a 429, and streams each page before asking for the next', async () => {
    const firstPage = whenLinesWritten(2)
    server = await startArmApi((arm) => [
      eventsPage(arm, [ROLE_ASSIGNMENT_WRITE, DIAGNOSTIC_SETTING_DELETE], 'page-2'),
      {
        ...armError(429, 'TooManyRequests', 'Too many requests, retry after 1 second', 1),
        after: firstPage.written,
      },
      eventsPage(arm, [NSG_RULE_OPEN_RDP, SERVICE_HEALTH_NOTICE], 'page-3'),
      eventsPage(arm, [RUN_COMMAND_DENIED]),
    ])
    const run = await runSkillAsync(SKILL, liveArgs(server), {
      env: azureEnvironment(server.environment),
      onStdout: firstPage.onStdout,
    })
    expect(run.stderr).not.toMatch(/: skipped: |error/)
    expect(run.status).toBe(0)
    const events = parseJsonl(run.stdout) as ApiActivity[]
    expect(zodProblems(events)).toEqual([])
    expect(events.map((event) => event.api.operation)).toEqual([
      'Microsoft.Authorization/roleAssignments/write',
      'Microsoft.Insights/diagnosticSettings/delete',
      'Microsoft.Network/networkSecurityGroups/securityRules/write',
      'Microsoft.Compute/virtualMachines/runCommand/action',
    ])
    // The SDK hands eventTimestamp over as a Date: the event time survives to the millisecond.
    expect(events[0]?.time).toBe(Date.parse('2026-03-02T09:15:04.215Z'))
    expect(events[0]?.api.request?.data).toMatchObject({ Properties: { PrincipalType: 'ServicePrincipal' } })
    expect(events[0]?.metadata.log_source).toBe('monitor:activityLogs.list')
    expect(summaryOf(run.stderr)).toMatchObject({ read: 5, processed: 4, dropped: 1, skipped: 0, emitted: 4 })

    // The first page, the throttled call, its retry, and the last page, each with the token.
    expect(server.listCalls.map((call) => call.query.get('$skipToken'))).toEqual([
      null,
      'page-2',
      'page-2',
      'page-3',
    ])
    for (const call of server.listCalls) {
      expect(call.authorization).toBe(`Bearer ${ACCESS_TOKEN}`)
      expect(call.query.get('$filter')).toBe(FILTER)
      expect(call.query.get('api-version')).toBe('2015-04-01')
    }
    expect(server.tokenRequests.length).toBeGreaterThan(0)
    expect(server.tokenRequests[0]?.get('resource')).toBe(server.url)
  })

  it('names the permission it lacks and exits 4 when Resource Manager denies the call', async () => {
    server = await startArmApi(() => [
      armError(
        403,
        'AuthorizationFailed',
        "The client 'reader-app' does not have authorization to perform action 'Microsoft.Insights/eventtypes/values/read'.",
      ),
    ])
    const run = await runSkillAsync(SKILL, liveArgs(server), { env: azureEnvironment(server.environment) })
    expect(run.status).toBe(4)
    expect(run.stdout).toBe('')
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain(
      'ingest-azure-activity-ocsf: Azure Monitor Activity Logs - List: permission denied',
    )
    expect(run.stderr).toContain('Microsoft.Insights/eventtypes/values/read')
  })

  it('exits 4 and says how to supply credentials when the identity endpoint refuses a token', async () => {
    server = await startArmApi(() => [])
    const run = await runSkillAsync(SKILL, liveArgs(server), {
      env: azureEnvironment({ ...server.environment, IDENTITY_HEADER: 'wrong-header' }),
    })
    expect(run.status).toBe(4)
    expect(run.stderr).toContain('no usable credentials')
    expect(run.stderr).toContain('DefaultAzureCredential')
    expect(server.listCalls).toHaveLength(0)
  })
})

describe('live options', () => {
  it.each([
    [['--from-api', ...WINDOW_ARGS], '--from-api needs --subscription'],
    [['--subscription', SUBSCRIPTION], 'apply only with --from-api'],
    [['--from-api', '--subscription', 'prod/../x'], 'expected a subscription id'],
    [
      ['--from-api', '--subscription', SUBSCRIPTION, '--api-endpoint', 'http://management.example.com'],
      'http:// only for localhost',
    ],
  ])('refuses %j with status 2', async (args, message) => {
    const run = await runSkillAsync(SKILL, args, { env: azureEnvironment() })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(message)
  })
})

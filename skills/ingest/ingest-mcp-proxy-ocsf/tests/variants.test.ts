/** Every form a proxy writes its log in becomes the same API Activity event. */
import { describe, expect, it } from 'vitest'
import type { ApiActivity } from '#shared/ocsf/index.ts'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { zodProblems } from '../../../../tests/helpers/validators.ts'
import { createMcpProxyProcessor } from '../src/mcp-proxy-processor.ts'

const TOOLS_CALL = {
  jsonrpc: '2.0',
  id: 7,
  method: 'tools/call',
  params: { name: 'get_forecast', arguments: { city: 'Oslo' } },
}
const TIME = '2026-03-02T09:05:00.000Z'

async function ingest(records: unknown[]) {
  const run = await runProcessor(createMcpProxyProcessor(), records)
  expect(zodProblems(run.events)).toEqual([])
  expect(run.reporter.isBalanced()).toBe(true)
  return { ...run, events: run.events as ApiActivity[] }
}

function expectToolsCall(event: ApiActivity | undefined) {
  expect(event).toMatchObject({
    class_uid: 6003,
    activity_id: 99,
    type_uid: 600399,
    time: Date.UTC(2026, 2, 2, 9, 5),
    status_id: 0,
    metadata: { profiles: ['ai_operation'], log_provider: 'MCP proxy' },
    actor: { session: { uid: 's-1' } },
    api: { operation: 'tools/call', service: { name: 'weather' }, request: { uid: '7' } },
    message_context: { uid: 's-1', ai_role_id: 3, ai_role: 'Tool', service: { name: 'weather' } },
    resources: [
      { type: 'MCP tool', name: 'get_forecast', uid: 'mcp://weather/tools/get_forecast', role_id: 1 },
    ],
    unmapped: { direction: 'client->server', message_type: 'request' },
  })
}

describe('proxy log forms', () => {
  it('reads an envelope holding the message as an object', async () => {
    const { events } = await ingest([
      {
        timestamp: TIME,
        session_id: 's-1',
        server: 'weather',
        direction: 'client->server',
        message: TOOLS_CALL,
      },
    ])
    expectToolsCall(events[0])
  })

  it('reads an envelope holding the message as the text that crossed the wire', async () => {
    const { events } = await ingest([
      {
        time: TIME,
        sessionId: 's-1',
        server_name: 'weather',
        dir: 'c2s',
        payload: JSON.stringify(TOOLS_CALL),
      },
    ])
    expectToolsCall(events[0])
  })

  it('reads a JSON-RPC message with the proxy fields spread beside its own', async () => {
    const { events } = await ingest([
      { ...TOOLS_CALL, ts: Date.parse(TIME) / 1000, session: 's-1', server: 'weather' },
    ])
    expectToolsCall(events[0])
  })

  it('reads the server as an object, the session under mcp_session_id and the time under @timestamp', async () => {
    const { events } = await ingest([
      { '@timestamp': TIME, mcp_session_id: 's-1', server: { name: 'weather' }, message: TOOLS_CALL },
    ])
    expectToolsCall(events[0])
  })

  it('reads every member of a batch, and keeps the line for each', async () => {
    const listing = { jsonrpc: '2.0', id: 8, method: 'tools/list' }
    const { events } = await ingest([
      { timestamp: TIME, session_id: 's-1', server: 'weather', message: [TOOLS_CALL, listing] },
    ])
    expect(events.map((event) => event.api.operation)).toEqual(['tools/call', 'tools/list'])
    expect(new Set(events.map((event) => event.metadata.uid)).size).toBe(2)
    expect(events.every((event) => event.metadata.sequence === 1)).toBe(true)
  })

  it.each([
    ['client->server', 'client->server'],
    ['Client_To_Server', 'client->server'],
    ['server->client', 'server->client'],
    ['s2c', 'server->client'],
    ['request', 'client->server'],
    ['sideways', 'client->server'],
  ])('takes direction %s as %s', async (direction, expected) => {
    const { events } = await ingest([
      { timestamp: TIME, session_id: 's-1', server: 'weather', direction, message: TOOLS_CALL },
    ])
    expect(events[0]?.unmapped).toMatchObject({ direction: expected })
  })

  it('attributes server-only methods to the server when the line names no direction', async () => {
    const { events } = await ingest([
      {
        timestamp: TIME,
        session_id: 's-1',
        server: 'weather',
        message: { jsonrpc: '2.0', method: 'notifications/tools/list_changed' },
      },
    ])
    expect(events[0]).toMatchObject({
      api: { operation: 'notifications/tools/list_changed' },
      message: 'weather notified notifications/tools/list_changed',
      unmapped: { direction: 'server->client', message_type: 'notification' },
    })
    expect(events[0]?.api.request).toBeUndefined()
  })

  it('drops the proxy\u2019s own lifecycle lines and reports what is not a proxy record', async () => {
    const run = await runProcessor(createMcpProxyProcessor(), [
      { timestamp: TIME, level: 'info', message: 'upstream weather started', server: 'weather' },
      { timestamp: TIME, session_id: 's-1', event: 'session_closed' },
      { hello: 'world' },
    ])
    expect(run.events).toEqual([])
    expect(run.reporter.dropped).toEqual(new Map([['proxy record without a JSON-RPC message', 2]]))
    expect(run.reporter.skipped).toEqual(new Map([['not an MCP proxy record', 1]]))
  })

  it('unwraps a JSON array and a records container', async () => {
    const record = { timestamp: TIME, session_id: 's-1', server: 'weather', message: TOOLS_CALL }
    const { events } = await ingest([[record], { records: [record] }])
    expect(events).toHaveLength(2)
    expectToolsCall(events[1])
  })

  it('names the user the proxy authenticated and keeps its own line id', async () => {
    const { events } = await ingest([
      {
        timestamp: TIME,
        session_id: 's-1',
        server: 'weather',
        user: 'alice@example.com',
        event_id: 'log-0042',
        message: TOOLS_CALL,
      },
    ])
    expect(events[0]?.actor.user).toEqual({ name: 'alice@example.com' })
    expect(events[0]?.metadata.original_event_uid).toBe('log-0042')
  })
})

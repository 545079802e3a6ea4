/** Responses know the request they answer: its method, its target, and the session's client and server. */
import { describe, expect, it } from 'vitest'
import type { ApiActivity } from '#shared/ocsf/index.ts'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { zodProblems } from '../../../../tests/helpers/validators.ts'
import { createMcpProxyProcessor, type McpProxyOptions } from '../src/mcp-proxy-processor.ts'

let clock = Date.UTC(2026, 2, 2, 9, 0)

/** One envelope line of session s-1 on server weather, a second after the previous one. */
function line(direction: string | undefined, message: unknown, extra: Record<string, unknown> = {}) {
  clock += 1000
  return {
    timestamp: new Date(clock).toISOString(),
    session_id: 's-1',
    server: 'weather',
    direction,
    message,
    ...extra,
  }
}

const INITIALIZE = [
  line('client->server', {
    jsonrpc: '2.0',
    id: 0,
    method: 'initialize',
    params: { protocolVersion: '2025-06-18', clientInfo: { name: 'acme-assistant', version: '1.4.0' } },
  }),
  line('server->client', {
    jsonrpc: '2.0',
    id: 0,
    result: { protocolVersion: '2025-06-18', serverInfo: { name: 'weather-mcp', version: '0.3.1' } },
  }),
]

async function ingest(records: unknown[], options: McpProxyOptions = {}) {
  const run = await runProcessor(createMcpProxyProcessor(options), records)
  expect(zodProblems(run.events)).toEqual([])
  expect(run.reporter.isBalanced()).toBe(true)
  return { ...run, events: run.events as ApiActivity[] }
}

describe('request and response pairing', () => {
  it('carries the client and server of initialize into every later event of the session', async () => {
    const { events } = await ingest([
      ...INITIALIZE,
      line('client->server', { jsonrpc: '2.0', id: 1, method: 'ping' }),
    ])
    expect(events[2]).toMatchObject({
      actor: { app_name: 'acme-assistant' },
      api: { operation: 'ping', service: { name: 'weather', version: '0.3.1' }, version: '2025-06-18' },
      message_context: {
        application: { name: 'acme-assistant', version: '1.4.0' },
        service: { name: 'weather', version: '0.3.1' },
      },
    })
  })

  it('gives a tools/call result its tool and its request\u2019s correlation uid', async () => {
    const { events } = await ingest([
      line('client->server', {
        jsonrpc: '2.0',
        id: 3,
        method: 'tools/call',
        params: { name: 'get_forecast' },
      }),
      line('server->client', {
        jsonrpc: '2.0',
        id: 3,
        result: { content: [{ type: 'text', text: 'snow' }] },
      }),
    ])
    const [request, response] = events
    expect(response).toMatchObject({
      status_id: 1,
      api: { operation: 'tools/call', request: { uid: '3' } },
      resources: [{ name: 'get_forecast', uid: 'mcp://weather/tools/get_forecast' }],
      message: 'weather answered tools/call get_forecast (success)',
    })
    expect(response?.metadata.correlation_uid).toBe(request?.metadata.correlation_uid)
    expect(response?.unmapped).not.toHaveProperty('request_seen')
  })

  it('maps a JSON-RPC error to Failure with its code, name and message', async () => {
    const { events } = await ingest([
      line('client->server', { jsonrpc: '2.0', id: 4, method: 'tools/call', params: { name: 'nope' } }),
      line('server->client', {
        jsonrpc: '2.0',
        id: 4,
        error: { code: -32602, message: 'Unknown tool: nope' },
      }),
    ])
    expect(events[1]).toMatchObject({
      status_id: 2,
      status: 'Failure',
      status_code: '-32602',
      status_detail: 'Unknown tool: nope',
      api: { response: { code: -32602, error: 'Invalid params', message: 'Unknown tool: nope' } },
    })
  })

  it('maps a tool that ran and reported isError to Failure', async () => {
    const { events } = await ingest([
      line('client->server', { jsonrpc: '2.0', id: 5, method: 'tools/call', params: { name: 'export' } }),
      line('server->client', { jsonrpc: '2.0', id: 5, result: { content: [], isError: true } }),
    ])
    expect(events[1]).toMatchObject({
      status_id: 2,
      status_detail: 'the tool reported an error (isError)',
      message: 'weather answered tools/call export (tool error)',
    })
  })

  it('keeps the client\u2019s and the server\u2019s request ids apart', async () => {
    const { events } = await ingest([
      line('client->server', { jsonrpc: '2.0', id: 1, method: 'tools/list' }),
      line('server->client', { jsonrpc: '2.0', id: 1, method: 'roots/list' }),
      line('client->server', { jsonrpc: '2.0', id: 1, result: { roots: [] } }),
      line('server->client', { jsonrpc: '2.0', id: 1, result: { tools: [] } }),
    ])
    expect(events.map((event) => [event.api.operation, event.unmapped?.message_type])).toEqual([
      ['tools/list', 'request'],
      ['roots/list', 'request'],
      ['roots/list', 'response'],
      ['tools/list', 'response'],
    ])
    expect(events[2]).toMatchObject({
      actor: { session: { uid: 's-1' } },
      message: 'MCP client answered roots/list (success)',
    })
  })

  it('pairs a response logged without a direction with whichever side is waiting', async () => {
    const { events } = await ingest([
      line(undefined, { jsonrpc: '2.0', id: 'srv-1', method: 'sampling/createMessage' }),
      line(undefined, { jsonrpc: '2.0', id: 'srv-1', result: { role: 'assistant' } }),
    ])
    expect(events[1]).toMatchObject({
      api: { operation: 'sampling/createMessage' },
      message_context: { ai_role_id: 2, ai_role: 'Assistant' },
      unmapped: { direction: 'client->server', message_type: 'response' },
    })
  })

  it('reads the method of a response whose request is not in the log from its result, and says so', async () => {
    const run = await ingest([
      line('server->client', { jsonrpc: '2.0', id: 9, result: { prompts: [] } }),
      line('server->client', { jsonrpc: '2.0', id: 10, result: {} }),
      line('server->client', { jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } }),
    ])
    expect(run.events.map((event) => event.api.operation)).toEqual(['prompts/list', 'unknown', 'unknown'])
    expect(run.events[0]?.unmapped).toMatchObject({ request_seen: false })
    expect(run.events[2]?.api.request).toBeUndefined()
    expect(run.reporter.notes).toContain('3 responses without their request in the log')
  })

  it('takes the server name from serverInfo when the proxy names none', async () => {
    const unnamed = INITIALIZE.map(({ server: _server, ...rest }) => rest)
    const { events } = await ingest([
      ...unnamed,
      {
        timestamp: '2026-03-02T10:00:00Z',
        session_id: 's-1',
        message: { jsonrpc: '2.0', id: 2, method: 'tools/list' },
      },
    ])
    expect(events[2]?.message_context?.service).toEqual({ name: 'weather-mcp', version: '0.3.1' })
  })

  it('forgets unanswered requests at its bound, and says how many', async () => {
    const run = await ingest(
      [
        line('client->server', { jsonrpc: '2.0', id: 1, method: 'tools/list' }),
        line('client->server', { jsonrpc: '2.0', id: 2, method: 'prompts/list' }),
        line('server->client', { jsonrpc: '2.0', id: 1, result: { resources: [] } }),
      ],
      { capacities: { pending: 1 } },
    )
    expect(run.events[2]?.api.operation).toBe('resources/list')
    expect(run.reporter.notes).toContain('1 unanswered requests forgotten at the state bound')
  })

  it('keeps tools/call arguments with credentials redacted', async () => {
    const { events } = await ingest([
      line('client->server', {
        jsonrpc: '2.0',
        id: 6,
        method: 'tools/call',
        params: {
          name: 'deploy',
          arguments: { target: 'prod', api_key: 'k-123', nested: { Authorization: 'Bearer abcdefghijkl' } },
        },
      }),
    ])
    expect(events[0]?.api.request?.data).toEqual({
      arguments: { target: 'prod', api_key: '[redacted]', nested: { Authorization: '[redacted]' } },
    })
  })
})

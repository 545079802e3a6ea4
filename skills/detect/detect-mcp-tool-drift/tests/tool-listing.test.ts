/** How the rules read a tools/list result out of the OCSF fields, including from producers that set fewer of them. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { OcsfEvent } from '#shared/ocsf/index.ts'
import { readRuleCases } from '../../../../tests/helpers/rule-cases.ts'
import { toolListingOf } from '../src/tool-listing.ts'

const [CASE] = readRuleCases(join(import.meta.dirname, 'fixtures', 'mcp-tool-definition-changed.jsonl'))
const [FORECAST, ALERTS] = CASE?.events ?? []

function without(event: OcsfEvent | undefined, change: (copy: OcsfEvent) => void): OcsfEvent {
  if (event === undefined) throw new Error('fixture is empty')
  const copy = structuredClone(event)
  change(copy)
  return copy
}

describe('toolListingOf', () => {
  it('reads session, server, tool, fingerprint and page from the ingester\u2019s fields', () => {
    expect(toolListingOf(FORECAST as OcsfEvent)).toEqual({
      session: 'sess-1',
      server: 'weather',
      tool: 'get_forecast',
      fingerprint: FORECAST?.resources?.[0]?.uid_alt,
      response: FORECAST?.metadata.correlation_uid,
      lastPage: true,
    })
  })

  it('groups the tools of one result by JSON-RPC id and time when there is no correlation uid', () => {
    const first = toolListingOf(without(FORECAST, (copy) => delete copy.metadata.correlation_uid))
    const second = toolListingOf(without(ALERTS, (copy) => delete copy.metadata.correlation_uid))
    expect(first?.response).toBe(`1\u001f${FORECAST?.time}`)
    expect(second?.response).toBe(first?.response)
  })

  it('takes the input log as the session when the proxy named none', () => {
    const listing = toolListingOf(
      without(FORECAST, (copy) => {
        delete (copy.message_context as { uid?: string }).uid
      }),
    )
    expect(listing?.session).toBe('log:proxy.jsonl')
  })

  it.each([
    ['a failed listing', (copy: OcsfEvent) => Object.assign(copy, { status_id: 2 })],
    ['another method', (copy: OcsfEvent) => Object.assign(copy, { api: { operation: 'tools/call' } })],
    ['no server', (copy: OcsfEvent) => Object.assign(copy, { message_context: { uid: 'sess-1' } })],
  ])('ignores %s', (_what, change) => {
    expect(toolListingOf(without(FORECAST, change))).toBeUndefined()
  })
})

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { mcpToolNameShadowed } from '../../src/rules/mcp-tool-name-shadowed.ts'
import { DEFAULT_CONFIG } from './test-config.ts'

const CASES = readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'mcp-tool-name-shadowed.jsonl'))

function detect(events: (typeof CASES)[number]['events'], config = DEFAULT_CONFIG) {
  const correlator = mcpToolNameShadowed.correlator(config)
  return events.flatMap((event) => correlator.observe(event))
}

describe('mcp-tool-name-shadowed', () => {
  it.each(CASES)('$name', ({ events, expected }) => {
    expect(detect(events).length > 0).toBe(expected)
  })

  it('names both servers and both fingerprints, and fires once per pair', () => {
    const [shadowed] = CASES
    if (shadowed === undefined) throw new Error('fixture is empty')
    const [mail, notes] = shadowed.events
    const detections = detect([...shadowed.events, notes].filter((event) => event !== undefined))
    expect(detections).toHaveLength(1)
    expect(detections[0]?.events).toEqual([mail, notes])
    expect(detections[0]?.key).toEqual(['sess-1', 'send_email', 'mail', 'notes'])
    expect(detections[0]?.desc).toContain(
      `offered by MCP server mail (fingerprint ${mail?.resources?.[0]?.uid_alt}) and by MCP server notes (fingerprint ${notes?.resources?.[0]?.uid_alt})`,
    )
  })

  it('stays quiet for a name passed with --shared-tool', () => {
    const [shadowed] = CASES
    if (shadowed === undefined) throw new Error('fixture is empty')
    const config = { ...DEFAULT_CONFIG, sharedToolNames: new Set(['send_email']) }
    expect(detect(shadowed.events, config)).toEqual([])
  })
})

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { mcpToolAddedMidSession } from '../../src/rules/mcp-tool-added-mid-session.ts'
import { DEFAULT_CONFIG } from './test-config.ts'

const CASES = readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'mcp-tool-added-mid-session.jsonl'))

function detect(events: (typeof CASES)[number]['events'], config = DEFAULT_CONFIG) {
  const correlator = mcpToolAddedMidSession.correlator(config)
  return events.flatMap((event) => correlator.observe(event))
}

describe('mcp-tool-added-mid-session', () => {
  it.each(CASES)('$name', ({ events, expected }) => {
    expect(detect(events).length > 0).toBe(expected)
  })

  it('names the new tool and its fingerprint, once', () => {
    const [added] = CASES
    if (added === undefined) throw new Error('fixture is empty')
    const newTool = added.events[2]
    const detections = detect([...added.events, ...added.events.slice(1)])
    expect(detections).toHaveLength(1)
    expect(detections[0]?.events).toEqual([newTool])
    expect(detections[0]?.key).toEqual(['sess-1', 'weather', 'export_history'])
    expect(detections[0]?.desc).toContain(`export_history (fingerprint ${newTool?.resources?.[0]?.uid_alt})`)
  })

  it('stays quiet for a server passed with --dynamic-server', () => {
    const [added] = CASES
    if (added === undefined) throw new Error('fixture is empty')
    const config = { ...DEFAULT_CONFIG, dynamicServers: new Set(['weather']) }
    expect(detect(added.events, config)).toEqual([])
  })
})

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { mcpToolDefinitionChanged } from '../../src/rules/mcp-tool-definition-changed.ts'
import { DEFAULT_CONFIG } from './test-config.ts'

const CASES = readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'mcp-tool-definition-changed.jsonl'))

function detect(events: (typeof CASES)[number]['events']) {
  const correlator = mcpToolDefinitionChanged.correlator(DEFAULT_CONFIG)
  return events.flatMap((event) => correlator.observe(event))
}

describe('mcp-tool-definition-changed', () => {
  it.each(CASES)('$name', ({ events, expected }) => {
    expect(detect(events).length > 0).toBe(expected)
  })

  it('names the listing before and the listing after, with both fingerprints', () => {
    const [rugPull] = CASES
    if (rugPull === undefined) throw new Error('fixture is empty')
    const [detection] = detect(rugPull.events)
    const before = rugPull.events[0]?.resources?.[0]?.uid_alt
    const after = rugPull.events[2]?.resources?.[0]?.uid_alt
    expect(before).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(after).not.toBe(before)
    expect(detection?.events).toEqual([rugPull.events[0], rugPull.events[2]])
    expect(detection?.key).toEqual(['sess-1', 'weather', 'get_forecast', before, after])
    expect(detection?.desc).toContain(
      `fingerprint ${before} (listed 2026-03-02T09:00:02.000Z) became ${after}`,
    )
    expect(detection?.observables?.map((observable) => observable.value)).toEqual([before, after])
  })

  it('fires again when the tool changes a second time, against the definition it replaced', () => {
    const [rugPull] = CASES
    if (rugPull === undefined) throw new Error('fixture is empty')
    const [first, , second] = rugPull.events
    if (first === undefined || second === undefined) throw new Error('fixture is short')
    const restored = {
      ...first,
      time: second.time + 60_000,
      metadata: { ...first.metadata, uid: 'restored' },
    }
    const detections = detect([first, second, restored])
    expect(detections.map((detection) => detection.events.map((event) => event.metadata.uid))).toEqual([
      [first.metadata.uid, second.metadata.uid],
      [second.metadata.uid, 'restored'],
    ])
  })
})

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { k8sSecretReadsAcrossNamespaces } from '../../src/rules/k8s-secret-reads-across-namespaces.ts'
import { DEFAULT_CONFIG } from './test-config.ts'

const CASES = readRuleCases(
  join(import.meta.dirname, '..', 'fixtures', 'k8s-secret-reads-across-namespaces.jsonl'),
)

function detectionsOf(events: (typeof CASES)[number]['events'], config = DEFAULT_CONFIG) {
  const correlator = k8sSecretReadsAcrossNamespaces.correlator(config)
  return events.flatMap((event) => correlator.observe(event))
}

describe('k8s-secret-reads-across-namespaces', () => {
  it.each(CASES)('$name', ({ events, expected }) => {
    expect(detectionsOf(events).length > 0).toBe(expected)
  })

  it('names the first read of each namespace as evidence, oldest first', () => {
    const [positive] = CASES
    if (positive === undefined) throw new Error('fixture is empty')
    const [detection] = detectionsOf(positive.events)
    expect(detection?.key).toEqual(['mallory@example.com'])
    expect(detection?.events.map((event) => event.resources?.[0]?.namespace)).toEqual([
      'payments',
      'billing',
      'identity',
    ])
    expect(detection?.desc).toBe(
      'mallory@example.com read secrets in 3 namespaces within 10 min: payments, billing, identity.',
    )
  })

  it('adds later reads one at a time, so the runner merges them into the same finding', () => {
    const [positive] = CASES
    const [first] = positive?.events ?? []
    if (positive === undefined || first === undefined) throw new Error('fixture is empty')
    const fourth = {
      ...first,
      time: first.time + 6 * 60_000,
      resources: [{ ...first.resources?.[0], namespace: 'search' }],
    }
    const detections = detectionsOf([...positive.events, fourth])
    expect(detections.map((detection) => detection.events.length)).toEqual([3, 1])
  })

  it('reports a second sweep long after the first with its own evidence', () => {
    const [positive] = CASES
    if (positive === undefined) throw new Error('fixture is empty')
    const hourLater = positive.events.map((event) => ({ ...event, time: event.time + 3_600_000 }))
    const detections = detectionsOf([...positive.events, ...hourLater])
    expect(detections.map((detection) => detection.events.length)).toEqual([3, 3])
  })

  it('follows --namespace-threshold', () => {
    const twoNamespaces = CASES.find((testCase) => testCase.name === 'two namespaces only')
    if (twoNamespaces === undefined) throw new Error('case missing')
    expect(detectionsOf(twoNamespaces.events, { ...DEFAULT_CONFIG, namespaceThreshold: 2 })).toHaveLength(1)
  })
})

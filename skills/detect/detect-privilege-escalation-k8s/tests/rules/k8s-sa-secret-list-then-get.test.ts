import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { k8sSaSecretListThenGet } from '../../src/rules/k8s-sa-secret-list-then-get.ts'
import { DEFAULT_CONFIG } from './test-config.ts'

describe('k8s-sa-secret-list-then-get', () => {
  it.each(readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'k8s-sa-secret-list-then-get.jsonl')))(
    '$name',
    ({ events, expected }) => {
      const correlator = k8sSaSecretListThenGet.correlator(DEFAULT_CONFIG)
      const detections = events.flatMap((event) => correlator.observe(event))
      expect(detections.length > 0).toBe(expected)
    },
  )

  it('names both events as evidence, list first', () => {
    const [positive] = readRuleCases(
      join(import.meta.dirname, '..', 'fixtures', 'k8s-sa-secret-list-then-get.jsonl'),
    )
    if (positive === undefined) throw new Error('fixture is empty')
    const correlator = k8sSaSecretListThenGet.correlator(DEFAULT_CONFIG)
    const [detection] = positive.events.flatMap((event) => correlator.observe(event))
    expect(detection?.events.map((event) => event.api?.operation)).toEqual(['list', 'get'])
    expect(detection?.key).toEqual(['system:serviceaccount:payments:web', 'payments'])
  })
})

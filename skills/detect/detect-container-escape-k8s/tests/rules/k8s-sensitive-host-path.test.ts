import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { k8sSensitiveHostPath } from '../../src/rules/k8s-sensitive-host-path.ts'
import { DEFAULT_CONFIG } from './test-config.ts'

describe('k8s-sensitive-host-path', () => {
  it.each(readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'k8s-sensitive-host-path.jsonl')))(
    '$name',
    ({ events, expected }) => {
      const [event] = events
      if (event === undefined) throw new Error('a case needs its event')
      expect(k8sSensitiveHostPath.match(event, DEFAULT_CONFIG)).toBe(expected)
    },
  )
})

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { k8sPrivilegedContainer } from '../../src/rules/k8s-privileged-container.ts'
import { DEFAULT_CONFIG } from './test-config.ts'

describe('k8s-privileged-container', () => {
  it.each(readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'k8s-privileged-container.jsonl')))(
    '$name',
    ({ events, expected }) => {
      const [event] = events
      if (event === undefined) throw new Error('a case needs its event')
      expect(k8sPrivilegedContainer.match(event, DEFAULT_CONFIG)).toBe(expected)
    },
  )
})

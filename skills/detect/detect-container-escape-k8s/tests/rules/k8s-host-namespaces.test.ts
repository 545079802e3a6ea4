import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { k8sHostNamespaces } from '../../src/rules/k8s-host-namespaces.ts'
import { DEFAULT_CONFIG } from './test-config.ts'

describe('k8s-host-namespaces', () => {
  it.each(readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'k8s-host-namespaces.jsonl')))(
    '$name',
    ({ events, expected }) => {
      const [event] = events
      if (event === undefined) throw new Error('a case needs its event')
      expect(k8sHostNamespaces.match(event, DEFAULT_CONFIG)).toBe(expected)
    },
  )
})

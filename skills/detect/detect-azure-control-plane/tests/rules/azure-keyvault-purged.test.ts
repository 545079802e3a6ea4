import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { azureKeyvaultPurged } from '../../src/rules/azure-keyvault-purged.ts'
import { DEFAULT_CONFIG } from './test-config.ts'

describe('azure-keyvault-purged', () => {
  it.each(readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'azure-keyvault-purged.jsonl')))(
    '$name',
    ({ events, expected }) => {
      const [event] = events
      if (event === undefined) throw new Error('a case needs its event')
      expect(azureKeyvaultPurged.match(event, DEFAULT_CONFIG)).toBe(expected)
    },
  )
})

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { gcpStorageBucketMadePublic } from '../../src/rules/gcp-storage-bucket-made-public.ts'
import { DEFAULT_CONFIG } from './test-config.ts'

describe('gcp-storage-bucket-made-public', () => {
  it.each(readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'gcp-storage-bucket-made-public.jsonl')))(
    '$name',
    ({ events, expected }) => {
      const [event] = events
      if (event === undefined) throw new Error('a case needs its event')
      expect(gcpStorageBucketMadePublic.match(event, DEFAULT_CONFIG)).toBe(expected)
    },
  )
})

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { awsSnapshotSharedExternally } from '../../src/rules/aws-snapshot-shared-externally.ts'
import { DEFAULT_CONFIG } from './test-config.ts'

describe('aws-snapshot-shared-externally', () => {
  it.each(readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'aws-snapshot-shared-externally.jsonl')))(
    '$name',
    ({ events, expected }) => {
      const [event] = events
      if (event === undefined) throw new Error('a case needs its event')
      expect(awsSnapshotSharedExternally.match(event, DEFAULT_CONFIG)).toBe(expected)
    },
  )
})

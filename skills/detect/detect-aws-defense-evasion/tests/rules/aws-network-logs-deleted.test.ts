import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { awsNetworkLogsDeleted } from '../../src/rules/aws-network-logs-deleted.ts'

describe('aws-network-logs-deleted', () => {
  it.each(readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'aws-network-logs-deleted.jsonl')))(
    '$name',
    ({ events, expected }) => {
      const [event] = events
      if (event === undefined) throw new Error('a case needs its event')
      expect(awsNetworkLogsDeleted.match(event, undefined)).toBe(expected)
    },
  )
})

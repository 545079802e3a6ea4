import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { gcpVpcFlowLogsDisabled } from '../../src/rules/gcp-vpc-flow-logs-disabled.ts'

describe('gcp-vpc-flow-logs-disabled', () => {
  it.each(readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'gcp-vpc-flow-logs-disabled.jsonl')))(
    '$name',
    ({ events, expected }) => {
      const [event] = events
      if (event === undefined) throw new Error('a case needs its event')
      expect(gcpVpcFlowLogsDisabled.match(event, undefined)).toBe(expected)
    },
  )
})

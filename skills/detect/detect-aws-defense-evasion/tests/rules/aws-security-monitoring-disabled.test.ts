import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { awsSecurityMonitoringDisabled } from '../../src/rules/aws-security-monitoring-disabled.ts'

describe('aws-security-monitoring-disabled', () => {
  it.each(
    readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'aws-security-monitoring-disabled.jsonl')),
  )('$name', ({ events, expected }) => {
    const [event] = events
    if (event === undefined) throw new Error('a case needs its event')
    expect(awsSecurityMonitoringDisabled.match(event, undefined)).toBe(expected)
  })
})

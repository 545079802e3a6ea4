import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { awsCloudtrailLoggingImpaired } from '../../src/rules/aws-cloudtrail-logging-impaired.ts'

describe('aws-cloudtrail-logging-impaired', () => {
  it.each(
    readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'aws-cloudtrail-logging-impaired.jsonl')),
  )('$name', ({ events, expected }) => {
    const [event] = events
    if (event === undefined) throw new Error('a case needs its event')
    expect(awsCloudtrailLoggingImpaired.match(event, undefined)).toBe(expected)
  })
})

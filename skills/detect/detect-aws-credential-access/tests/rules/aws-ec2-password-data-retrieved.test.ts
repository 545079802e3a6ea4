import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { awsEc2PasswordDataRetrieved } from '../../src/rules/aws-ec2-password-data-retrieved.ts'
import { DEFAULT_CONFIG } from './test-config.ts'

describe('aws-ec2-password-data-retrieved', () => {
  it.each(
    readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'aws-ec2-password-data-retrieved.jsonl')),
  )('$name', ({ events, expected }) => {
    const correlator = awsEc2PasswordDataRetrieved.correlator(DEFAULT_CONFIG)
    const detections = events.flatMap((event) => correlator.observe(event))
    expect(detections.length > 0).toBe(expected)
  })
})

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { awsIamCredentialsForOtherUser } from '../../src/rules/aws-iam-credentials-for-other-user.ts'
import { DEFAULT_CONFIG } from './test-config.ts'

describe('aws-iam-credentials-for-other-user', () => {
  it.each(
    readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'aws-iam-credentials-for-other-user.jsonl')),
  )('$name', ({ events, expected }) => {
    const [event] = events
    if (event === undefined) throw new Error('a case needs its event')
    expect(awsIamCredentialsForOtherUser.match(event, DEFAULT_CONFIG)).toBe(expected)
  })
})

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { awsConsoleLoginWithoutMfa } from '../../src/rules/aws-console-login-without-mfa.ts'

describe('aws-console-login-without-mfa', () => {
  it.each(readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'aws-console-login-without-mfa.jsonl')))(
    '$name',
    ({ events, expected }) => {
      const [event] = events
      if (event === undefined) throw new Error('a case needs its event')
      expect(awsConsoleLoginWithoutMfa.match(event, undefined)).toBe(expected)
    },
  )
})

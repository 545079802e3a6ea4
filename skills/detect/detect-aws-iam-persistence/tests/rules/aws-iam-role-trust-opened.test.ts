import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { awsIamRoleTrustOpened } from '../../src/rules/aws-iam-role-trust-opened.ts'
import { DEFAULT_CONFIG } from './test-config.ts'

describe('aws-iam-role-trust-opened', () => {
  it.each(readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'aws-iam-role-trust-opened.jsonl')))(
    '$name',
    ({ events, expected }) => {
      const [event] = events
      if (event === undefined) throw new Error('a case needs its event')
      expect(awsIamRoleTrustOpened.match(event, DEFAULT_CONFIG)).toBe(expected)
    },
  )
})

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { awsIamUserCreated } from '../../src/rules/aws-iam-user-created.ts'
import { DEFAULT_CONFIG } from './test-config.ts'

describe('aws-iam-user-created', () => {
  it.each(readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'aws-iam-user-created.jsonl')))(
    '$name',
    ({ events, expected }) => {
      const [event] = events
      if (event === undefined) throw new Error('a case needs its event')
      expect(awsIamUserCreated.match(event, DEFAULT_CONFIG)).toBe(expected)
    },
  )
})

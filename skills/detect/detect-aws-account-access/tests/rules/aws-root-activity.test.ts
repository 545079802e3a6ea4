import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { awsRootActivity } from '../../src/rules/aws-root-activity.ts'

describe('aws-root-activity', () => {
  it.each(readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'aws-root-activity.jsonl')))(
    '$name',
    ({ events, expected }) => {
      const [event] = events
      if (event === undefined) throw new Error('a case needs its event')
      expect(awsRootActivity.match(event, undefined)).toBe(expected)
    },
  )
})

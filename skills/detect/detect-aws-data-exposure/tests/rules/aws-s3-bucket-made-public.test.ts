import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { awsS3BucketMadePublic } from '../../src/rules/aws-s3-bucket-made-public.ts'
import { DEFAULT_CONFIG } from './test-config.ts'

describe('aws-s3-bucket-made-public', () => {
  it.each(readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'aws-s3-bucket-made-public.jsonl')))(
    '$name',
    ({ events, expected }) => {
      const [event] = events
      if (event === undefined) throw new Error('a case needs its event')
      expect(awsS3BucketMadePublic.match(event, DEFAULT_CONFIG)).toBe(expected)
    },
  )
})

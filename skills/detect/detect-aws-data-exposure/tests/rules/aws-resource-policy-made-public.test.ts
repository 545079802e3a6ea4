import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { awsResourcePolicyMadePublic } from '../../src/rules/aws-resource-policy-made-public.ts'
import { DEFAULT_CONFIG } from './test-config.ts'

describe('aws-resource-policy-made-public', () => {
  it.each(
    readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'aws-resource-policy-made-public.jsonl')),
  )('$name', ({ events, expected }) => {
    const [event] = events
    if (event === undefined) throw new Error('a case needs its event')
    expect(awsResourcePolicyMadePublic.match(event, DEFAULT_CONFIG)).toBe(expected)
  })
})

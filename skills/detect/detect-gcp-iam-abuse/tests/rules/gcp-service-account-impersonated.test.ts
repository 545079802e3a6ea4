import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { gcpServiceAccountImpersonated } from '../../src/rules/gcp-service-account-impersonated.ts'
import { DEFAULT_CONFIG } from './test-config.ts'

describe('gcp-service-account-impersonated', () => {
  it.each(
    readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'gcp-service-account-impersonated.jsonl')),
  )('$name', ({ events, expected }) => {
    const [event] = events
    if (event === undefined) throw new Error('a case needs its event')
    expect(gcpServiceAccountImpersonated.match(event, DEFAULT_CONFIG)).toBe(expected)
  })
})

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

  it('names the principal at the start of a delegation chain', () => {
    const cases = readRuleCases(
      join(import.meta.dirname, '..', 'fixtures', 'gcp-service-account-impersonated.jsonl'),
    )
    const [event] =
      cases.find((entry) => entry.name === 'an ID token through a delegation chain')?.events ?? []
    if (event === undefined) throw new Error('no delegation case')
    expect(gcpServiceAccountImpersonated.describe(event, DEFAULT_CONFIG).desc).toBe(
      'ci-deployer@example-prod-123.iam.gserviceaccount.com (on behalf of mallory@example.com) called GenerateIdToken for service account prod-admin@example-prod-123.iam.gserviceaccount.com.',
    )
  })
})

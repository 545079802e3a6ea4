import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRuleCases } from '../../../../../tests/helpers/rule-cases.ts'
import { gcpServiceAccountKeyCreated } from '../../src/rules/gcp-service-account-key-created.ts'
import { DEFAULT_CONFIG } from './test-config.ts'

describe('gcp-service-account-key-created', () => {
  it.each(
    readRuleCases(join(import.meta.dirname, '..', 'fixtures', 'gcp-service-account-key-created.jsonl')),
  )('$name', ({ events, expected }) => {
    const [event] = events
    if (event === undefined) throw new Error('a case needs its event')
    expect(gcpServiceAccountKeyCreated.match(event, DEFAULT_CONFIG)).toBe(expected)
  })
})

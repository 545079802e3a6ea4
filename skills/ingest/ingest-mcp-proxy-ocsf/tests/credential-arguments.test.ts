/** tools/call arguments keep their shape but lose credential values, whatever the spelling of their names. */
import { describe, expect, it } from 'vitest'
import { redactSecretMembers } from '#shared/ingest/index.ts'
import { CREDENTIAL_ARGUMENTS } from '../src/mappings/credential-arguments.ts'

describe('credential arguments', () => {
  it.each([
    ['a password', { password: 'hunter2' }, { password: '[redacted]' }],
    [
      'an API key in any spelling',
      { apiKey: 'x', 'api-key': 'y', API_KEY: 'z' },
      { apiKey: '[redacted]', 'api-key': '[redacted]', API_KEY: '[redacted]' },
    ],
    [
      'a nested authorization header',
      { headers: [{ Authorization: 'Basic dXNlcjpwYXNz' }] },
      { headers: [{ Authorization: '[redacted]' }] },
    ],
    [
      'a token shape inside free text',
      { note: 'use ghp_0123456789abcdefghij0123 now' },
      { note: 'use ghp_[redacted] now' },
    ],
    [
      'ordinary arguments and token counts',
      { city: 'Oslo', days: 3, max_tokens: 200 },
      { city: 'Oslo', days: 3, max_tokens: 200 },
    ],
  ])('redacts %s', (_what, input, expected) => {
    expect(redactSecretMembers(input, CREDENTIAL_ARGUMENTS)).toEqual(expected)
  })
})

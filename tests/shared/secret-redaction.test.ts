/** Bodies copied into events keep their shape and member names, never a secret value. */
import { describe, expect, it } from 'vitest'
import { redactSecretMembers, secretMemberKey } from '#shared/ingest/index.ts'

const MEMBERS: ReadonlySet<string> = new Set(['password', 'privatekeydata'])

describe('redactSecretMembers', () => {
  it('matches member names without case, underscores or hyphens, at any depth and inside arrays', () => {
    expect(secretMemberKey('Private_Key-Data')).toBe('privatekeydata')
    expect(
      redactSecretMembers(
        {
          user: 'app',
          Password: 'x',
          items: [{ private_key_data: 'y', name: 'k1' }],
          nested: { PRIVATEKEYDATA: 'z' },
        },
        MEMBERS,
      ),
    ).toEqual({
      user: 'app',
      Password: '[redacted]',
      items: [{ private_key_data: '[redacted]', name: 'k1' }],
      nested: { PRIVATEKEYDATA: '[redacted]' },
    })
  })

  it('keeps null where a secret member has no value, and numbers and booleans as they are', () => {
    expect(redactSecretMembers({ password: null, port: 5432, enabled: true }, MEMBERS)).toEqual({
      password: null,
      port: 5432,
      enabled: true,
    })
  })

  it('scrubs key and token shapes out of every other string', () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.c2lnbmF0dXJlLWV4YW1wbGU'
    expect(
      redactSecretMembers({ note: `token ${jwt}`, url: 'https://a.example/x?sig=abc&sv=1' }, MEMBERS),
    ).toEqual({
      note: 'token [redacted-jwt]',
      url: 'https://a.example/x?sig=[redacted]&sv=1',
    })
  })

  it('does not change its input', () => {
    const input = { password: 'x' }
    redactSecretMembers(input, MEMBERS)
    expect(input).toEqual({ password: 'x' })
  })
})

/** The serving config reader: the schema, camelCase, inherited defaults, lines, and entries it skips. */
import { describe, expect, it } from 'vitest'
import { parseConfigDocuments } from '#shared/posture/config-documents.ts'
import { isServingConfig, readServingConfig } from '../../src/config/config-endpoints.ts'
import { camelCaseOf, snakeCaseOf, withSnakeCaseKeys } from '../../src/config/serving-config-schema.ts'

function read(yaml: string) {
  const [parsed] = parseConfigDocuments(yaml)
  if (parsed?.kind !== 'document') throw new Error('test YAML is malformed')
  return readServingConfig(parsed.document, 'gateway.yaml')
}

describe('serving config reader', () => {
  it('recognises a serving config by its endpoints list', () => {
    expect(isServingConfig({ endpoints: [] })).toBe(true)
    expect(isServingConfig({ kind: 'Deployment' })).toBe(false)
    expect(isServingConfig({ endpoints: 'chat' })).toBe(false)
  })

  it('converts camelCase keys, but not the names in environment maps', () => {
    expect(snakeCaseOf('maxInputTokens')).toBe('max_input_tokens')
    expect(snakeCaseOf('MAX_TOKENS')).toBe('MAX_TOKENS')
    expect(camelCaseOf('max_input_tokens')).toBe('maxInputTokens')
    expect(withSnakeCaseKeys({ rateLimit: { requestsPerMinute: 1 }, environment: { apiKey: 'x' } })).toEqual({
      rate_limit: { requests_per_minute: 1 },
      environment: { apiKey: 'x' },
    })
  })

  it('merges defaults under every endpoint, the endpoint winning', () => {
    const entries = read(`defaults:
  auth: {type: oidc}
  tls: {min_version: "1.2"}
endpoints:
  - name: a
  - name: b
    auth: {type: none}
`)
    const endpoints = entries.flatMap((entry) => (entry.kind === 'endpoint' ? [entry.endpoint] : []))
    expect(endpoints.map((endpoint) => endpoint.authentication)).toEqual([
      { state: 'known', value: { required: true, how: 'auth.type oidc' }, line: 2 },
      { state: 'known', value: { required: false, how: 'auth.type is none' }, line: 7 },
    ])
    expect(endpoints[0]?.transport).toMatchObject({
      state: 'known',
      value: { encrypted: true, minVersion: '1.2' },
      line: 3,
    })
  })

  it('points at the line of the setting, in either spelling', () => {
    const entries = read(`endpoints:
  - name: chat
    rateLimit:
      requestsPerMinute: 60
`)
    const [entry] = entries
    expect(entry?.kind === 'endpoint' && entry.endpoint.rateLimit).toMatchObject({ state: 'known', line: 3 })
    expect(entry?.kind === 'endpoint' && entry.endpoint.line).toBe(2)
    expect(entry?.kind === 'endpoint' && entry.endpoint.resource).toEqual({
      uid: 'gateway.yaml#endpoints/chat',
      name: 'chat',
      type: 'Inference endpoint',
    })
  })

  it('skips an entry that does not match the schema, with its line and the reason, and keeps the rest', () => {
    const entries = read(`endpoints:
  - name: good
  - name: bad
    limits: {max_input_tokens: lots}
  - just a string
`)
    expect(entries.map((entry) => (entry.kind === 'endpoint' ? entry.endpoint.name : entry))).toEqual([
      'good',
      {
        kind: 'invalid',
        line: 3,
        reason: 'limits.max_input_tokens: Invalid input: expected number, received string',
      },
      { kind: 'invalid', line: 5, reason: 'an endpoint must be a map' },
    ])
  })
})

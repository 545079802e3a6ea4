/** shared/posture literal secrets: names that hold credentials, values shaped like them, references that do not. */
import { describe, expect, it } from 'vitest'
import { isSecretName, literalSecretOf } from '#shared/posture/index.ts'

describe('literal secrets', () => {
  it.each([
    ['DB_PASSWORD', true],
    ['api_key', true],
    ['GITHUB_TOKEN', true],
    ['AWS_SECRET_ACCESS_KEY', true],
    ['DB_PASSWORD_FILE', false],
    ['TOKEN_URL', false],
    ['AWS_ACCESS_KEY_ID', false],
    ['LOG_LEVEL', false],
  ])('%s is a secret name: %s', (name, expected) => {
    expect(isSecretName(name)).toBe(expected)
  })

  it.each([
    ['DB_PASSWORD', 'hunter2', 'secret name'],
    ['SETTING', 'AKIAIOSFODNN7EXAMPLE', 'credential-shaped value'],
    ['AWS_ACCESS_KEY_ID', 'AKIAIOSFODNN7EXAMPLE', 'credential-shaped value'],
    ['DB_PASSWORD', `\${DB_PASSWORD}`, undefined],
    ['DB_PASSWORD', '$DB_PASSWORD', undefined],
    ['DB_PASSWORD', '$(DB_PASSWORD_FROM_FILE)', undefined],
    ['DB_PASSWORD', '', undefined],
    ['DB_PASSWORD', undefined, undefined],
    ['LOG_LEVEL', 'debug', undefined],
  ])('%s=%s is a literal secret: %s', (name, value, expected) => {
    expect(literalSecretOf(name, value)).toBe(expected)
  })
})

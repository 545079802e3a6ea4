/** Bodies keep their shape and names, never a credential: key files, tokens, Kubernetes Secret values, PEM keys. */
import { describe, expect, it } from 'vitest'
import { redactBody } from '../src/redaction.ts'

describe('redactBody', () => {
  it('replaces the values of credential members at any depth and in any spelling', () => {
    expect(
      redactBody({
        name: 'projects/p/serviceAccounts/sa@p.iam.gserviceaccount.com/keys/k1',
        privateKeyData: 'ZXhhbXBsZQ==',
        nested: [
          { private_key_data: 'ZXhhbXBsZQ==', keyString: 'AIza-example', keyAlgorithm: 'KEY_ALG_RSA_2048' },
        ],
        accessToken: 'ya29.example',
        signedJwt: 'eyJ.example',
        token: null,
      }),
    ).toEqual({
      name: 'projects/p/serviceAccounts/sa@p.iam.gserviceaccount.com/keys/k1',
      privateKeyData: '[redacted]',
      nested: [{ private_key_data: '[redacted]', keyString: '[redacted]', keyAlgorithm: 'KEY_ALG_RSA_2048' }],
      accessToken: '[redacted]',
      signedJwt: '[redacted]',
      token: null,
    })
  })

  it('keeps the keys of a Kubernetes Secret and of each Secret in a SecretList, not their values', () => {
    expect(
      redactBody({
        kind: 'Secret',
        metadata: { name: 'db' },
        data: { password: 'c2VjcmV0' },
        stringData: { user: 'app' },
      }),
    ).toEqual({
      kind: 'Secret',
      metadata: { name: 'db' },
      data: { password: '[redacted]' },
      stringData: { user: '[redacted]' },
    })
    expect(
      redactBody({ kind: 'SecretList', items: [{ metadata: { name: 'a' }, data: { token: 'dG9r' } }] }),
    ).toEqual({
      kind: 'SecretList',
      items: [{ metadata: { name: 'a' }, data: { token: '[redacted]' } }],
    })
  })

  it('scrubs private keys and tokens pasted into ordinary string values', () => {
    const pem = '-----BEGIN PRIVATE KEY-----\nMIIEexample\n-----END PRIVATE KEY-----'
    expect(redactBody({ description: `key: ${pem}` })).toEqual({ description: 'key: [redacted-private-key]' })
  })

  it('leaves an absent body absent and other values as they are', () => {
    expect(redactBody(undefined)).toBeUndefined()
    expect(
      redactBody({ policy: { bindings: [{ role: 'roles/owner', members: ['user:a@example.com'] }] } }),
    ).toEqual({
      policy: { bindings: [{ role: 'roles/owner', members: ['user:a@example.com'] }] },
    })
  })
})

/** Which secret names mark a secret as sensitive, and as what. */
import { describe, expect, it } from 'vitest'
import { customPattern, DEFAULT_SENSITIVE_PATTERNS, sensitiveKindOf } from '../src/sensitive-names.ts'

describe('sensitive secret names', () => {
  it.each([
    ['default-token-x7k2p', 'service-account token'],
    ['ci-kubeconfig', 'kubeconfig'],
    ['regcred', 'registry credentials'],
    ['ghcr-pull-secret', 'registry credentials'],
    ['aws-access-keys', 'cloud credentials'],
    ['velero.gcp', 'cloud credentials'],
    ['github-token', 'token or API key'],
    ['stripe-api-key', 'token or API key'],
    ['oauth2-proxy', 'token or API key'],
    ['mysql-root-password', 'password'],
    ['smtp-pass', 'password'],
    ['db-credentials', 'credentials'],
    ['grafana-basic-auth', 'credentials'],
    ['wildcard-tls', 'TLS or private key'],
    ['etcd-ca', 'TLS or private key'],
    ['deploy-ssh-key', 'TLS or private key'],
    ['orders-dsn', 'connection string'],
    ['vault-unseal-keys', 'encryption key'],
  ])('%s is a %s', (name, kind) => {
    expect(sensitiveKindOf(name, DEFAULT_SENSITIVE_PATTERNS)).toBe(kind)
  })

  it.each([
    'web-config',
    'feature-flags',
    'sh.helm.release.v1.ledger.v3',
    'incredible-app',
    'cache-settings',
    'passport-photos',
    'tokenizer-model',
  ])('%s says nothing about credentials', (name) => {
    expect(sensitiveKindOf(name, DEFAULT_SENSITIVE_PATTERNS)).toBeUndefined()
  })

  it('takes user patterns case-insensitively, after the built-in ones', () => {
    const patterns = [...DEFAULT_SENSITIVE_PATTERNS, customPattern('^ledger-.*-seed$')]
    expect(sensitiveKindOf('Ledger-wallet-seed', patterns)).toBe('name matching /^ledger-.*-seed$/')
    expect(sensitiveKindOf('ledger-seed', patterns)).toBeUndefined()
  })
})

/**
 * Secret names that say what the secret holds. Kubernetes names are DNS subdomains (lowercase letters,
 * digits, `-` and `.`), so short words are matched only as whole segments between those separators,
 * and distinctive ones anywhere in the name.
 */
import type { SensitivePattern } from './config.ts'

interface DefaultPattern extends SensitivePattern {
  /** Why a secret with such a name is worth an alert when read. */
  readonly reason: string
}

const SEGMENT_START = '(^|[-.])'
const SEGMENT_END = '($|[-.])'

function segments(words: readonly string[]): string {
  return `${SEGMENT_START}(${words.join('|')})${SEGMENT_END}`
}

/** Checked in order; the first match names the kind, so specific kinds come before general ones. */
export const DEFAULT_SENSITIVE_PATTERNS: readonly DefaultPattern[] = [
  {
    kind: 'service-account token',
    pattern: /-token-[a-z0-9]{5}$/i,
    reason: 'a legacy service-account token secret (`<account>-token-<suffix>`): a bearer token for the API',
  },
  {
    kind: 'kubeconfig',
    pattern: /kubeconfig|kube-config|admin\.conf/i,
    reason: 'cluster credentials, often an administrator’s',
  },
  {
    kind: 'registry credentials',
    pattern: new RegExp(
      `docker|regcred|registry|pull-?secret|image-?pull|${segments(['ghcr', 'ecr', 'acr', 'gcr', 'quay', 'harbor', 'artifactory', 'nexus'])}`,
      'i',
    ),
    reason:
      'image-pull credentials (`kubernetes.io/dockerconfigjson`), often with push rights to the registry',
  },
  {
    kind: 'cloud credentials',
    pattern: new RegExp(
      `${segments(['aws', 'azure', 'gcp', 'gcloud', 'gce', 'google', 'iam', 's3', 'sts'])}|service-?account-?key|sa-?key|application-?credentials`,
      'i',
    ),
    reason: 'keys of a cloud account: a way out of the cluster into the provider',
  },
  {
    kind: 'token or API key',
    pattern:
      /tokens?($|[-.])|bearer|jwt|oauth|api-?key|access-?key|secret-?key|client-?secret|hmac|signing|webhook-?secret/i,
    reason: 'a bearer token, API key or signing key of another service',
  },
  {
    kind: 'password',
    pattern: new RegExp(`passw(or)?d|passphrase|${segments(['pwd', 'pass'])}`, 'i'),
    reason: 'a password, for a database or a service account of another system',
  },
  {
    kind: 'credentials',
    pattern: /cred(ential)?s?($|[-.])|basic-?auth/i,
    reason: 'credentials of unspecified kind (`basic-auth`, `db-credentials`)',
  },
  {
    kind: 'encryption key',
    pattern: /encryption|unseal|master-?key/i,
    reason: 'a key that decrypts other data (an etcd encryption key, a Vault unseal key)',
  },
  {
    kind: 'connection string',
    pattern: new RegExp(segments(['dsn', 'jdbc', 'database-?url', 'db-?url', 'connection-?string']), 'i'),
    reason: 'a database connection string with its password inline',
  },
  {
    kind: 'TLS or private key',
    pattern: new RegExp(
      `private-?key|${segments(['tls', 'ssl', 'cert', 'certs', 'certificate', 'ca', 'pki', 'pem', 'key', 'keys', 'keypair', 'ssh', 'gpg', 'pgp', 'keystore', 'truststore', 'jks', 'p12', 'pfx'])}`,
      'i',
    ),
    reason: 'private keys (`kubernetes.io/tls`, SSH): impersonating a service or signing as it',
  },
]

/** The kind of the first pattern the name matches, or undefined for a name that says nothing. */
export function sensitiveKindOf(name: string, patterns: readonly SensitivePattern[]): string | undefined {
  for (const { kind, pattern } of patterns) {
    if (pattern.test(name)) return kind
  }
  return undefined
}

/** A --sensitive-pattern value as a pattern of its own kind; matched case-insensitively, like the defaults. */
export function customPattern(source: string): SensitivePattern {
  return { kind: `name matching /${source}/`, pattern: new RegExp(source, 'i') }
}

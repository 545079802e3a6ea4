/**
 * Credentials written into configuration as literals: an environment variable or build argument whose
 * name says it holds one, or whose value has a credential's shape. Only the name is ever reported.
 */
import { scrubSecrets } from '../io/index.ts'

/** Names that say they hold a credential. */
const SECRET_NAME =
  /passw(?:or)?d|passwd|secret|token|api_?key|access_?key|private_?key|credential|auth_?key|signing_?key/i

/** Names that point at a credential instead of holding one: Docker's `*_FILE` convention, paths, URLs, ids. */
const REFERENCE_NAME = /_(?:FILE|PATH|DIR|URL|URI|ENDPOINT|NAME|ID|TYPE|LENGTH|TTL|EXPIRY|HEADER)$/i

/**
 * A value taken from elsewhere at run or build time holds no literal: `$VAR` and `${VAR}` (shell, Docker,
 * Compose), `$(VAR)` (a Kubernetes container's reference to another of its variables).
 */
const VARIABLE_REFERENCE =
  /^\$(?:\{[A-Za-z_][A-Za-z0-9_]*(?::?[-?+][^}]*)?\}|\([A-Za-z_][A-Za-z0-9_]*\)|[A-Za-z_][A-Za-z0-9_]*)$/

export type LiteralSecretReason = 'secret name' | 'credential-shaped value'

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name) && !REFERENCE_NAME.test(name)
}

/** Why a name and literal value look like a credential written into configuration; undefined if not. */
export function literalSecretOf(name: string, value: string | undefined): LiteralSecretReason | undefined {
  if (value === undefined || value.trim().length === 0 || VARIABLE_REFERENCE.test(value.trim()))
    return undefined
  // The scrubber knows the credential formats (AWS keys, GitHub and Slack tokens, JWTs, private keys).
  if (scrubSecrets(value) !== value) return 'credential-shaped value'
  return isSecretName(name) ? 'secret name' : undefined
}

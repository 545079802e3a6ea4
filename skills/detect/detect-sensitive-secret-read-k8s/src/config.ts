/** The detector's settings, from its command-line options. */

/** A secret-name pattern and what a match says the secret holds. */
export interface SensitivePattern {
  readonly kind: string
  readonly pattern: RegExp
}

export interface SecretReadConfig {
  /** Names that mark a secret as sensitive; the first match names its kind. */
  readonly sensitivePatterns: readonly SensitivePattern[]
  /** Principals expected to read secrets besides the control plane (operators, passed with --allow-reader). */
  readonly allowedReaders: ReadonlySet<string>
  /** How many namespaces one actor reads secrets in, within the window, before it is bulk reading. */
  readonly namespaceThreshold: number
  readonly windowMs: number
}

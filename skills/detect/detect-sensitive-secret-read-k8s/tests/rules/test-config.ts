/** The detector's default settings, as its command line sets them. */
import type { SecretReadConfig } from '../../src/config.ts'
import { DEFAULT_SENSITIVE_PATTERNS } from '../../src/sensitive-names.ts'

export const DEFAULT_CONFIG: SecretReadConfig = {
  sensitivePatterns: DEFAULT_SENSITIVE_PATTERNS,
  allowedReaders: new Set(),
  namespaceThreshold: 3,
  windowMs: 10 * 60_000,
}

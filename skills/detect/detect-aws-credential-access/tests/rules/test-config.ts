/** The detector's default settings, as its command line sets them. */
import type { CredentialAccessConfig } from '../../src/config.ts'

export const DEFAULT_CONFIG: CredentialAccessConfig = {
  windowMs: 10 * 60_000,
  secretThreshold: 10,
  passwordAttemptThreshold: 5,
}

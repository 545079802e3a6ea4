/** Credentials and secret values never leave the log: request and response data keep their shape, not those values. */
import { REDACTED, SECRET_MEMBERS } from './mappings/secret-members.ts'

/** A copy of the value with every secret member's value replaced; null stays null (nothing to hide). */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets)
  if (typeof value !== 'object' || value === null) return value
  const redacted: Record<string, unknown> = {}
  for (const [key, member] of Object.entries(value)) {
    const isSecret = SECRET_MEMBERS.has(key.toLowerCase()) && member !== null
    redacted[key] = isSecret ? REDACTED : redactSecrets(member)
  }
  return redacted
}

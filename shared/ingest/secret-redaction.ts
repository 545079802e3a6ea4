/**
 * Request and response bodies copied into events keep their shape but never a credential: members named
 * in a skill's list of secret members lose their values, and every string left is scrubbed of the key and
 * token shapes stderr messages are scrubbed of (private keys, JWTs, bearer tokens, signed URLs).
 */
import { scrubSecrets } from '../io/index.ts'
import { memoizeText } from '../json/index.ts'

export const REDACTED = '[redacted]'

/** Member names compare without case, `_` or `-`: `privateKeyData`, `private_key_data` and `PrivateKeyData` are one name. */
export const secretMemberKey = memoizeText((name) => name.toLowerCase().replace(/[_-]/g, ''))

/** A copy of the value with the value of every secret member replaced; null stays null (nothing to hide). */
export function redactSecretMembers(value: unknown, members: ReadonlySet<string>): unknown {
  if (typeof value === 'string') return scrubSecrets(value)
  if (Array.isArray(value)) return value.map((item) => redactSecretMembers(item, members))
  if (typeof value !== 'object' || value === null) return value
  const redacted: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    const member = (value as Record<string, unknown>)[key]
    const isSecret = members.has(secretMemberKey(key)) && member !== null
    redacted[key] = isSecret ? REDACTED : redactSecretMembers(member, members)
  }
  return redacted
}

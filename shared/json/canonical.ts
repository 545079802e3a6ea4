/** Canonical JSON (sorted keys, no whitespace) and hashes over it, for fingerprints and stable ids. */
import { hash } from 'node:crypto'
import { memoizeText } from './memoize-text.ts'

/** A source repeats the same few hundred keys in every record. */
const quotedKey = memoizeText((key) => `${JSON.stringify(key)}:`)

/**
 * JSON with object keys sorted at every level, so equal values always serialise the same way. Built in one
 * string rather than from arrays of parts: every ingested record without an id of its own is hashed here.
 */
export function canonicalJson(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) {
    let text = '['
    for (let index = 0; index < value.length; index += 1) {
      if (index > 0) text += ','
      text += canonicalJson(value[index] ?? null)
    }
    return `${text}]`
  }
  const keys = Object.keys(value)
  if (keys.length > 1) keys.sort()
  let text = '{'
  for (const key of keys) {
    const member = (value as Record<string, unknown>)[key]
    if (member === undefined) continue
    if (text.length > 1) text += ','
    text += quotedKey(key) + canonicalJson(member)
  }
  return `${text}}`
}

/** One-shot hashing: every ingested event gets a stable uid, and crypto.hash costs half of a Hash object. */
export function sha256Hex(text: string): string {
  return hash('sha256', text, 'hex')
}

/**
 * A deterministic UUID-shaped id (RFC 9562 version 8) from the parts that identify a thing:
 * the same parts always give the same id, so reruns over the same input emit the same uids.
 */
export function stableUid(...parts: ReadonlyArray<string | number | undefined>): string {
  const hex = sha256Hex(parts.map((part) => (part === undefined ? '' : String(part))).join('\u001f'))
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

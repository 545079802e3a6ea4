/**
 * The hash chain of the audit log. Each row is an OCSF event carrying, in `unmapped.audit_chain`, its
 * sequence number, the previous row's hash and its own hash: the sha256 of the row's canonical JSON with
 * its own hash left out. Editing a row breaks its hash; deleting or moving one breaks the sequence and the
 * link to the row before. Only the tail can be cut without a trace in the file itself, which is what the
 * remote copy is for.
 */
import { asInt, asObject, asString, canonicalJson, sha256Hex } from '../json/index.ts'

/** The previous hash of the first row of a chain. */
export const GENESIS_HASH = '0'.repeat(64)

export interface ChainLink {
  readonly sequence: number
  readonly previous_hash: string
  readonly hash: string
}

export interface ChainHead {
  readonly sequence: number
  readonly hash: string
}

function withoutOwnHash(row: Record<string, unknown>): Record<string, unknown> {
  const unmapped = asObject(row.unmapped) ?? {}
  const link = asObject(unmapped.audit_chain) ?? {}
  const { hash: _hash, ...linkWithoutHash } = link
  return { ...row, unmapped: { ...unmapped, audit_chain: linkWithoutHash } }
}

export function rowHash(row: Record<string, unknown>): string {
  return sha256Hex(canonicalJson(withoutOwnHash(row)))
}

/** The event as the next row after `head` (or as the first row): a copy with its chain link filled in. */
export function sealRow<T extends object>(
  event: T,
  head: ChainHead | undefined,
): T & { unmapped: Record<string, unknown> } {
  const unmapped = asObject((event as Record<string, unknown>).unmapped) ?? {}
  const partial = {
    ...event,
    unmapped: {
      ...unmapped,
      audit_chain: { sequence: (head?.sequence ?? 0) + 1, previous_hash: head?.hash ?? GENESIS_HASH },
    },
  }
  const hash = rowHash(partial)
  return {
    ...partial,
    unmapped: { ...partial.unmapped, audit_chain: { ...partial.unmapped.audit_chain, hash } },
  }
}

export function linkOf(row: unknown): ChainLink | undefined {
  const link = asObject(asObject(asObject(row)?.unmapped)?.audit_chain)
  const sequence = asInt(link?.sequence)
  const previousHash = asString(link?.previous_hash)
  const hash = asString(link?.hash)
  if (sequence === undefined || previousHash === undefined || hash === undefined) return undefined
  return { sequence, previous_hash: previousHash, hash }
}

export interface ChainBreak {
  /** Position of the row in the file, 1-based, as a line number. */
  readonly line: number
  readonly problem: string
}

/**
 * Checks rows one at a time, in file order. Each row is judged on its own hash, on its sequence against
 * the highest seen so far, and on its link to the row whose sequence is one less, when that row was seen;
 * so one edit is one break, a deletion breaks the row after the gap, and a swap breaks the two rows moved.
 */
export class ChainVerifier {
  private readonly hashes = new Map<number, string>()
  private highest = 0

  check(row: unknown, line: number): ChainBreak | undefined {
    const object = asObject(row)
    const link = linkOf(row)
    if (object === undefined || link === undefined) {
      return { line, problem: 'not an audit row (no unmapped.audit_chain)' }
    }
    const problems: string[] = []
    if (rowHash(object) !== link.hash) problems.push('its content does not match its hash (edited)')
    if (link.sequence > this.highest + 1) {
      problems.push(`sequence ${link.sequence} where ${this.highest + 1} was due (rows deleted before it)`)
    } else if (link.sequence <= this.highest) {
      problems.push(
        `sequence ${link.sequence} where ${this.highest + 1} was due (rows reordered or repeated)`,
      )
    }
    const before = link.sequence === 1 ? GENESIS_HASH : this.hashes.get(link.sequence - 1)
    if (before !== undefined && link.previous_hash !== before)
      problems.push(`it does not link to row ${link.sequence - 1}`)
    this.hashes.set(link.sequence, link.hash)
    this.highest = Math.max(this.highest, link.sequence)
    return problems.length === 0 ? undefined : { line, problem: problems.join('; ') }
  }

  /** The highest row seen: where the next row attaches. */
  head(): ChainHead | undefined {
    const hash = this.hashes.get(this.highest)
    return hash === undefined ? undefined : { sequence: this.highest, hash }
  }
}

/** The id of a chain: its first row's hash, which no other chain shares. */
export function chainIdOf(firstRow: unknown): string | undefined {
  return linkOf(firstRow)?.hash
}

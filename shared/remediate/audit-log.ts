/**
 * The local audit log: an append-only JSONL file of hash-chained OCSF rows. Opening it verifies the rows
 * already there, so a run never extends a chain that was tampered with; each row is flushed to disk before
 * the call it announces is made.
 */
import { type FileHandle, open, readFile } from 'node:fs/promises'
import { InputError, RefusedError } from '../errors/index.ts'
import { type ChainBreak, type ChainHead, ChainVerifier, chainIdOf, linkOf, sealRow } from './audit-chain.ts'

/** Checks the text of an audit log: its rows, the breaks found, and the head. */
export function verifyAuditText(text: string): {
  rows: unknown[]
  breaks: ChainBreak[]
  head: ChainHead | undefined
} {
  const verifier = new ChainVerifier()
  const rows: unknown[] = []
  const breaks: ChainBreak[] = []
  const lines = text.split('\n')
  lines.forEach((line, index) => {
    if (line.trim().length === 0) return
    let row: unknown
    try {
      row = JSON.parse(line)
    } catch {
      breaks.push({ line: index + 1, problem: 'not JSON (the row was altered)' })
      return
    }
    rows.push(row)
    const broken = verifier.check(row, index + 1)
    if (broken !== undefined) breaks.push(broken)
  })
  return { rows, breaks, head: verifier.head() }
}

export class AuditLog {
  private constructor(
    readonly path: string,
    private readonly handle: FileHandle,
    private head: ChainHead | undefined,
    private chain: string | undefined,
  ) {}

  /** Opens (or creates) the log for appending; refuses one whose existing rows do not verify. */
  static async open(path: string): Promise<AuditLog> {
    let text = ''
    try {
      text = await readFile(path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new InputError(
          `${path}: the audit log cannot be read (${(error as NodeJS.ErrnoException).code})`,
        )
      }
    }
    const { rows, breaks, head } = verifyAuditText(text)
    const [first] = breaks
    if (first !== undefined) {
      throw new RefusedError(
        `${path}:${first.line}: the audit log fails verification (${first.problem}); nothing was run`,
      )
    }
    if (text.length > 0 && !text.endsWith('\n')) {
      throw new RefusedError(`${path}: the audit log's last row is incomplete; nothing was run`)
    }
    let handle: FileHandle
    try {
      handle = await open(path, 'a')
    } catch (error) {
      throw new InputError(
        `${path}: the audit log cannot be written (${(error as NodeJS.ErrnoException).code})`,
      )
    }
    return new AuditLog(path, handle, head, rows.length > 0 ? chainIdOf(rows[0]) : undefined)
  }

  /** The chain id: the first row's hash (known once a row exists). */
  get chainId(): string | undefined {
    return this.chain
  }

  /** The next row for an event, sealed onto the chain, without writing it. */
  seal<T extends object>(event: T): T & { unmapped: Record<string, unknown> } {
    return sealRow(event, this.head)
  }

  /** Appends a sealed row and waits until it is on disk. */
  async append(row: object): Promise<void> {
    const link = linkOf(row)
    if (link === undefined || link.sequence !== (this.head?.sequence ?? 0) + 1) {
      throw new Error('audit log: appended a row that was not sealed onto this chain')
    }
    await this.handle.appendFile(`${JSON.stringify(row)}\n`)
    await this.handle.sync()
    this.head = { sequence: link.sequence, hash: link.hash }
    this.chain ??= link.hash
  }

  async close(): Promise<void> {
    await this.handle.close()
  }
}

/**
 * Verifies one audit log as it streams: every row must carry its own hash and link to the row before.
 * Rows that verify pass through unchanged, so `verify-audit audit.jsonl | <any OCSF tool>` forwards only
 * a trail that holds; a row that does not is reported with its line and held back.
 */
import { RecordError } from '#shared/errors/index.ts'
import type { RecordContext, RecordProcessor } from '#shared/io/index.ts'
import { type ChainBreak, ChainVerifier } from '#shared/remediate/index.ts'

/** A line that is not JSON: in an audit log that is an altered row, not noise to skip past. */
class AlteredLine {
  constructor(readonly message: string) {}
}

export class ChainProcessor implements RecordProcessor {
  readonly verifier = new ChainVerifier()
  readonly breaks: ChainBreak[] = []
  /** The first row, whose hash names the chain in the remote copy. */
  firstRow: unknown

  parseLine(line: string): unknown {
    try {
      return JSON.parse(line)
    } catch (error) {
      return new AlteredLine((error as Error).message)
    }
  }

  process(record: unknown, context: RecordContext): void {
    const line = context.location.line ?? 0
    if (record instanceof AlteredLine) {
      this.breaks.push({ line, problem: 'not JSON (the row was altered)' })
      throw new RecordError('chain broken', 'not JSON (the row was altered)')
    }
    this.firstRow ??= record
    const broken = this.verifier.check(record, line)
    if (broken !== undefined) {
      this.breaks.push(broken)
      throw new RecordError('chain broken', broken.problem)
    }
    context.emit(record)
  }
}

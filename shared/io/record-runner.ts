/**
 * Drives a record processor over input items: parses lines, unwraps containers, accounts for every
 * record, and writes what the processor emits in one batch per input chunk, waiting on backpressure.
 */
import { RecordError } from '../errors/index.ts'
import type { Output } from './output.ts'
import { OutputClosedError } from './output.ts'
import type { InputItem } from './record-reader.ts'
import type { Location, Reporter } from './reporter.ts'
import { quoteForMessage } from './scrub.ts'

export interface EmitContext {
  /** Queues an event (any JSON value) as one output line. */
  emit(event: unknown): void
  /** Queues raw text for the output (a converter's document). */
  writeText(text: string): void
  /** Adds a fact to the run's summary line. */
  note(text: string): void
  /** A warning on stderr, not tied to one record. */
  warn(message: string): void
}

export interface RecordContext extends EmitContext {
  readonly location: Location
  /** The record is filtered out by design; counted under the reason, no warning. */
  drop(reason: string): void
  /** The record cannot be used; counted and reported with its location. */
  skip(reason: string, detail?: string): void
}

export interface RecordProcessor {
  /**
   * A cheap look at a raw line before it is parsed: a reason to drop it unread, or undefined to read it.
   * Detectors use it to pass over event classes none of their rules read.
   */
  passOver?(line: string): string | undefined
  /**
   * Reads a line that is not JSON (VPC flow log text, CSV): returns the record, or throws RecordError.
   * Without it every line is parsed as JSON.
   */
  parseLine?(line: string, location: Location): unknown
  /** The records a parsed JSON value holds (containers such as `Records` unwrapped); default the value itself. */
  recordsOf?(value: unknown): readonly unknown[]
  process(record: unknown, context: RecordContext): void
  /**
   * End of one input chunk, before its output is written: emit what was held back while its records were
   * processed. Detectors use it to load their finding builder only once the first finding is due.
   */
  endBatch?(context: EmitContext): void | Promise<void>
  /** End of all input: emit what is still held (windows, aggregates, a converter's document). */
  finish?(context: EmitContext): void | Promise<void>
}

/** What became of the record being processed: the last skip wins over a drop, either over processed. */
interface Outcome {
  dropReason?: string
  skip?: { reason: string; detail?: string }
}

export class RecordRunner {
  private pending: string[] = []
  private outcome: Outcome = {}
  private location: Location = { source: '' }
  private readonly context: RecordContext

  constructor(
    private readonly processor: RecordProcessor,
    private readonly reporter: Reporter,
    private readonly output: Output,
  ) {
    const runner = this
    this.context = {
      get location() {
        return runner.location
      },
      emit: (event) => {
        this.pending.push(`${JSON.stringify(event)}\n`)
        this.reporter.emitted += 1
      },
      writeText: (text) => {
        this.pending.push(text)
      },
      note: (text) => this.reporter.note(text),
      warn: (message) => this.reporter.warn(message),
      drop: (reason) => {
        this.outcome.dropReason = reason
      },
      skip: (reason, detail) => {
        this.outcome.skip = { reason, detail }
      },
    }
  }

  /** Consumes batches of input items until they end, writing output after each batch. */
  async consume(batches: AsyncIterable<InputItem[]>): Promise<void> {
    for await (const items of batches) {
      for (const item of items) this.handleItem(item)
      await this.processor.endBatch?.(this.context)
      await this.flush()
    }
  }

  async finish(): Promise<void> {
    await this.processor.finish?.(this.context)
    await this.flush()
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return
    const text = this.pending.join('')
    this.pending = []
    await this.output.write(text)
  }

  private handleItem(item: InputItem): void {
    if (item.kind === 'skip') {
      this.reporter.read += 1
      this.reporter.skip(item.location, item.reason, item.detail)
      return
    }
    if (item.kind === 'value') {
      this.handleValue(item.value, item.location)
      return
    }
    const passOverReason = this.processor.passOver?.(item.text)
    if (passOverReason !== undefined) {
      this.reporter.read += 1
      this.reporter.drop(passOverReason)
      return
    }
    let value: unknown
    try {
      value =
        this.processor.parseLine === undefined
          ? JSON.parse(item.text)
          : this.processor.parseLine(item.text, item.location)
    } catch (error) {
      this.reporter.read += 1
      if (error instanceof RecordError) this.reporter.skip(item.location, error.reason, error.detail)
      else this.reporter.skip(item.location, 'malformed JSON', quoteForMessage((error as Error).message))
      return
    }
    this.handleValue(value, item.location)
  }

  private handleValue(value: unknown, location: Location): void {
    const records = this.processor.recordsOf?.(value) ?? [value]
    const inContainer = records.length !== 1 || records[0] !== value
    if (records.length === 0) {
      this.reporter.read += 1
      this.reporter.skip(location, 'no records', 'an empty container')
      return
    }
    records.forEach((record, index) => {
      this.processRecord(record, inContainer ? { ...location, index } : location)
    })
  }

  private processRecord(record: unknown, location: Location): void {
    this.reporter.read += 1
    this.location = location
    const outcome: Outcome = {}
    this.outcome = outcome
    try {
      this.processor.process(record, this.context)
    } catch (error) {
      if (error instanceof OutputClosedError) throw error
      outcome.skip =
        error instanceof RecordError
          ? { reason: error.reason, detail: error.detail }
          : {
              reason: 'processing error',
              detail: quoteForMessage(String((error as Error)?.message ?? error)),
            }
    }
    if (outcome.skip !== undefined) this.reporter.skip(location, outcome.skip.reason, outcome.skip.detail)
    else if (outcome.dropReason !== undefined) this.reporter.drop(outcome.dropReason)
    else this.reporter.processed += 1
  }
}

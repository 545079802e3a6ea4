/**
 * Accounting of a run: every input record is processed, dropped by rule, or skipped and reported,
 * and the summary on stderr says how many of each and why.
 */
import { scrubSecrets } from './scrub.ts'

/** Where a record came from: the input's name, the line it starts on, its position inside a container. */
export interface Location {
  readonly source: string
  readonly line?: number
  readonly index?: number
}

export function formatLocation(location: Location): string {
  let text = location.source
  if (location.line !== undefined) text += `:${location.line}`
  if (location.index !== undefined) text += ` record ${location.index + 1}`
  return text
}

/** Individual warnings past this many are counted, not printed, so a broken file cannot flood the terminal. */
export const MAX_PRINTED_WARNINGS = 1000

export interface ReporterOptions {
  readonly skill: string
  readonly writeStderr?: (line: string) => void
  readonly quiet?: boolean
}

function increment(counts: Map<string, number>, reason: string, by = 1): void {
  counts.set(reason, (counts.get(reason) ?? 0) + by)
}

function formatCounts(counts: Map<string, number>): string {
  return [...counts.entries()].map(([reason, count]) => `${reason}: ${count}`).join(', ')
}

function sum(counts: Map<string, number>): number {
  let total = 0
  for (const count of counts.values()) total += count
  return total
}

export class Reporter {
  read = 0
  processed = 0
  emitted = 0
  readonly dropped = new Map<string, number>()
  readonly skipped = new Map<string, number>()
  readonly notes: string[] = []
  private printedWarnings = 0
  private readonly writeStderr: (line: string) => void

  constructor(private readonly options: ReporterOptions) {
    this.writeStderr = options.writeStderr ?? ((line) => process.stderr.write(`${line}\n`))
  }

  get skill(): string {
    return this.options.skill
  }

  /** A record filtered out by design (a stage not kept, a duplicate): counted, not warned about. */
  drop(reason: string, count = 1): void {
    increment(this.dropped, reason, count)
  }

  /** A record that could not be used: counted and warned about, naming where it was. */
  skip(location: Location, reason: string, detail?: string): void {
    increment(this.skipped, reason)
    this.warn(`${formatLocation(location)}: skipped: ${reason}${detail === undefined ? '' : ` (${detail})`}`)
  }

  warn(message: string): void {
    this.printedWarnings += 1
    if (this.printedWarnings <= MAX_PRINTED_WARNINGS) {
      this.writeStderr(`${this.options.skill}: ${scrubSecrets(message)}`)
    } else if (this.printedWarnings === MAX_PRINTED_WARNINGS + 1) {
      this.writeStderr(`${this.options.skill}: further warnings are counted in the summary only`)
    }
  }

  /** A fact about the run worth a line in the summary (for example what a converter left out). */
  note(text: string): void {
    this.notes.push(text)
  }

  /** read = processed + dropped + skipped, always: the summary states it so a gap would show. */
  summary(): string {
    const parts = [`read ${this.read}`, `processed ${this.processed}`]
    const dropped = sum(this.dropped)
    const skipped = sum(this.skipped)
    parts.push(dropped === 0 ? 'dropped 0' : `dropped ${dropped} (${formatCounts(this.dropped)})`)
    parts.push(skipped === 0 ? 'skipped 0' : `skipped ${skipped} (${formatCounts(this.skipped)})`)
    parts.push(`emitted ${this.emitted}`)
    const notes = this.notes.length > 0 ? `; ${this.notes.join('; ')}` : ''
    return `${this.options.skill}: ${parts.join(', ')}${notes}`
  }

  isBalanced(): boolean {
    return this.read === this.processed + sum(this.dropped) + sum(this.skipped)
  }

  printSummary(): void {
    if (!this.options.quiet) this.writeStderr(this.summary())
  }
}

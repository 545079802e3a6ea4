/**
 * Splits an input into JSON records. JSONL is the wire format, one event a line, streamed in batches
 * so memory stays flat; a file whose first line opens a JSON document and does not close it (a
 * pretty-printed CloudTrail `{"Records": [...]}` file, a JSON array) is read whole as one document.
 */
import { StringDecoder } from 'node:string_decoder'
import type { Input } from './inputs.ts'
import type { Location } from './reporter.ts'

export interface ReadLimits {
  /** A longer line is skipped and reported without being held in memory. */
  readonly maxLineChars: number
  /** A JSON document larger than this is skipped and reported. */
  readonly maxDocumentChars: number
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxLineChars: 32 << 20, maxDocumentChars: 256 << 20 }

export type InputItem =
  /** A JSONL line, not yet parsed, so a skill may pass over it cheaply. */
  | { readonly kind: 'line'; readonly text: string; readonly location: Location }
  /** The value of a whole JSON document. */
  | { readonly kind: 'value'; readonly value: unknown; readonly location: Location }
  /** Input that holds no usable record, with the reason. */
  | { readonly kind: 'skip'; readonly reason: string; readonly detail?: string; readonly location: Location }

/** A first line that only opens a document: `{`, `[`, `{"Records": [`, `[{`. */
function opensDocument(line: string): boolean {
  const trimmed = line.trim()
  if (!(trimmed.startsWith('{') || trimmed.startsWith('['))) return false
  if (!(trimmed.endsWith('{') || trimmed.endsWith('['))) return false
  try {
    JSON.parse(trimmed)
    return false
  } catch {
    return true
  }
}

class DocumentBuffer {
  readonly lines: string[] = []
  chars = 0
  tooLarge = false

  constructor(
    readonly firstLine: number,
    private readonly maxChars: number,
  ) {}

  add(line: string): void {
    if (this.tooLarge) return
    this.chars += line.length + 1
    if (this.chars > this.maxChars) {
      this.tooLarge = true
      this.lines.length = 0
      return
    }
    this.lines.push(line)
  }
}

/** Items of a document that would not parse as a whole: line by line when most lines are JSON, else one skip. */
function documentItems(source: string, document: DocumentBuffer, limits: ReadLimits): InputItem[] {
  const location = { source, line: document.firstLine }
  if (document.tooLarge) {
    return [
      {
        kind: 'skip',
        reason: 'JSON document too large',
        detail: `over ${limits.maxDocumentChars} characters`,
        location,
      },
    ]
  }
  const text = document.lines.join('\n')
  try {
    return [{ kind: 'value', value: JSON.parse(text), location }]
  } catch (error) {
    const lineItems: InputItem[] = []
    let parsable = 0
    document.lines.forEach((line, offset) => {
      if (line.trim().length === 0) return
      const item: InputItem = {
        kind: 'line',
        text: line,
        location: { source, line: document.firstLine + offset },
      }
      lineItems.push(item)
      try {
        JSON.parse(line)
        parsable += 1
      } catch {
        // counted below: a document is read line by line only when most of its lines are JSON
      }
    })
    if (parsable * 2 > lineItems.length) return lineItems
    return [{ kind: 'skip', reason: 'malformed JSON document', detail: (error as Error).message, location }]
  }
}

export async function* readInputItems(
  input: Input,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): AsyncGenerator<InputItem[]> {
  const source = input.name
  const decoder = new StringDecoder('utf8')
  let pending = ''
  let lineNumber = 0
  let discardingLongLine = false
  let atStart = true
  let mode: 'undecided' | 'lines' | 'document' = 'undecided'
  let document: DocumentBuffer | undefined

  const takeLine = (rawLine: string, items: InputItem[]): void => {
    lineNumber += 1
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine
    if (mode === 'document' && document !== undefined) {
      document.add(line)
      return
    }
    if (line.length > limits.maxLineChars) {
      items.push({
        kind: 'skip',
        reason: 'line too long',
        detail: `over ${limits.maxLineChars} characters`,
        location: { source, line: lineNumber },
      })
      return
    }
    if (line.trim().length === 0) return
    if (mode === 'undecided') {
      if (opensDocument(line)) {
        mode = 'document'
        document = new DocumentBuffer(lineNumber, limits.maxDocumentChars)
        document.add(line)
        return
      }
      mode = 'lines'
    }
    items.push({ kind: 'line', text: line, location: { source, line: lineNumber } })
  }

  const splitChunk = (text: string): InputItem[] => {
    const items: InputItem[] = []
    let start = 0
    for (;;) {
      const newline = text.indexOf('\n', start)
      if (newline === -1) {
        if (!discardingLongLine) {
          pending += text.slice(start)
          if (pending.length > limits.maxLineChars && mode !== 'document') {
            discardingLongLine = true
            pending = ''
          }
        }
        return items
      }
      if (discardingLongLine) {
        discardingLongLine = false
        lineNumber += 1
        items.push({
          kind: 'skip',
          reason: 'line too long',
          detail: `over ${limits.maxLineChars} characters`,
          location: { source, line: lineNumber },
        })
      } else {
        const line = pending.length > 0 ? pending + text.slice(start, newline) : text.slice(start, newline)
        pending = ''
        takeLine(line, items)
      }
      start = newline + 1
    }
  }

  for await (const chunk of input.open()) {
    let text = decoder.write(chunk)
    if (atStart && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
      atStart = false
    }
    const items = splitChunk(text)
    if (items.length > 0) yield items
  }
  const items = splitChunk(`${decoder.end()}\n`)
  if (document !== undefined) items.push(...documentItems(source, document, limits))
  if (items.length > 0) yield items
}

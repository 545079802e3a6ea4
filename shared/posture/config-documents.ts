/**
 * Configuration files as documents: YAML (several documents a file) and JSON, each with the line it starts
 * on and a way to find the line of any node inside, so a finding can point at the file and line.
 */
import { readFile, stat } from 'node:fs/promises'
import { isMap, isScalar, isSeq, LineCounter, type Node, parseAllDocuments } from 'yaml'
import { InputError } from '../errors/index.ts'

/** A path into a document: map keys and sequence indexes, `['items', 3]` or `['services', 'web']`. */
export type NodePath = readonly (string | number)[]

export interface ConfigDocument {
  readonly value: unknown
  /** The 1-based line the document's content starts on. */
  readonly line: number
  /** The line of a node inside: a map entry's key line, a sequence item's first line; undefined if unknown. */
  lineAt(nodePath: NodePath): number | undefined
}

export type ParsedDocument =
  | { readonly kind: 'document'; readonly document: ConfigDocument }
  | { readonly kind: 'malformed'; readonly line: number; readonly reason: string }

/** A configuration file larger than this is refused: configuration, not a log. */
export const MAX_CONFIG_CHARS = 256 << 20

/**
 * JSON larger than this is parsed with JSON.parse, without line numbers: the YAML parser that maps lines
 * takes about half a second a megabyte, too slow for a whole cluster's `kubectl get -o json`.
 */
export const MAX_LINE_MAPPED_JSON_CHARS = 4 << 20

const STDIN_NAMES = new Set(['-', '/dev/stdin'])

/** The name an input goes by in messages and in metadata.log_source: the path as given, or "stdin". */
export function configSourceName(path: string): string {
  return STDIN_NAMES.has(path) ? 'stdin' : path
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of process.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    size += buffer.length
    if (size > MAX_CONFIG_CHARS) throw new InputError(`stdin: larger than ${MAX_CONFIG_CHARS} bytes`)
    chunks.push(buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** The text of a configuration file, or of standard input for `-`; an unreadable file is an InputError. */
export async function readConfigText(path: string): Promise<string> {
  if (STDIN_NAMES.has(path)) return readStdin()
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw new InputError(`${path}: is a directory, not a file`)
    if (info.size > MAX_CONFIG_CHARS) throw new InputError(`${path}: larger than ${MAX_CONFIG_CHARS} bytes`)
    return await readFile(path, 'utf8')
  } catch (error) {
    if (error instanceof InputError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new InputError(`${path}: no such file`)
    if (code === 'EACCES') throw new InputError(`${path}: permission denied`)
    throw new InputError(`${path}: cannot be read (${code ?? 'unknown error'})`)
  }
}

function lineOf(node: Node | null | undefined, counter: LineCounter): number | undefined {
  const offset = node?.range?.[0]
  return offset === undefined ? undefined : counter.linePos(offset).line
}

function nodeLine(root: unknown, nodePath: NodePath, counter: LineCounter): number | undefined {
  let node = root
  let line = lineOf(root as Node, counter)
  for (const key of nodePath) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key)
      if (pair === undefined) return undefined
      line = lineOf(pair.key as Node, counter)
      node = pair.value
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key]
      if (node === undefined) return undefined
      line = lineOf(node as Node, counter)
    } else {
      return undefined
    }
  }
  return line
}

function parseLargeJson(text: string): ParsedDocument[] {
  try {
    return [{ kind: 'document', document: { value: JSON.parse(text), line: 1, lineAt: () => undefined } }]
  } catch (error) {
    return [{ kind: 'malformed', line: 1, reason: `malformed JSON (${(error as Error).message})` }]
  }
}

/** YAML 1.2 (JSON is YAML too); empty documents (a stray `---`) are left out. */
export function parseConfigDocuments(text: string): ParsedDocument[] {
  if (text.length > MAX_LINE_MAPPED_JSON_CHARS && /^\s*[[{]/.test(text)) return parseLargeJson(text)
  const counter = new LineCounter()
  const parsed: ParsedDocument[] = []
  for (const document of parseAllDocuments(text, { lineCounter: counter })) {
    const line = lineOf(document.contents, counter) ?? 1
    const [error] = document.errors
    if (error !== undefined) {
      const message = error.message.split('\n')[0] ?? error.code
      parsed.push({ kind: 'malformed', line: error.linePos?.[0]?.line ?? line, reason: message })
      continue
    }
    let value: unknown
    try {
      // An alias expansion past the bound (a "billion laughs" document) throws instead of filling memory.
      value = document.toJS({ maxAliasCount: 100 })
    } catch (conversion) {
      parsed.push({ kind: 'malformed', line, reason: (conversion as Error).message.split('\n')[0] ?? '' })
      continue
    }
    if (value === null || value === undefined) continue
    const contents = document.contents
    parsed.push({
      kind: 'document',
      document: { value, line, lineAt: (nodePath) => nodeLine(contents, nodePath, counter) },
    })
  }
  return parsed
}

/** Opens the inputs a skill reads: files named on the command line, or standard input; gzip is undone on the fly. */
import { createReadStream } from 'node:fs'
import { access, constants, stat } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { InputError } from '../errors/index.ts'

export interface Input {
  /** The name used in messages and in metadata.log_source: the path as given, or "stdin". */
  readonly name: string
  open(): AsyncIterable<Buffer>
}

const STDIN_NAMES = new Set(['-', '/dev/stdin'])
/**
 * What is read, parsed and written as one batch. Small enough that a batch's records die young in the
 * garbage collector instead of being promoted (1 MiB batches held a ~200 MiB heap on a 100,000-event
 * audit log, 64 KiB ones ~110 MiB, at the same speed).
 */
const READ_CHUNK_BYTES = 1 << 16

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code
}

/** Checks every path before any output, so a typo fails at once with one line and exit status 3. */
export async function resolveInputs(paths: readonly string[]): Promise<Input[]> {
  if (paths.length === 0) return [stdinInput()]
  const inputs: Input[] = []
  for (const path of paths) {
    if (STDIN_NAMES.has(path)) {
      inputs.push(stdinInput())
      continue
    }
    let info: Awaited<ReturnType<typeof stat>>
    try {
      info = await stat(path)
      await access(path, constants.R_OK)
    } catch (error) {
      const code = errorCode(error)
      if (code === 'ENOENT') throw new InputError(`${path}: no such file`)
      if (code === 'EACCES') throw new InputError(`${path}: permission denied`)
      throw new InputError(`${path}: cannot be read (${code ?? 'unknown error'})`)
    }
    if (info.isDirectory()) throw new InputError(`${path}: is a directory, not a log file`)
    inputs.push({
      name: path,
      open: () => gunzipIfCompressed(createReadStream(path, { highWaterMark: READ_CHUNK_BYTES })),
    })
  }
  return inputs
}

function stdinInput(): Input {
  return { name: 'stdin', open: () => gunzipIfCompressed(process.stdin) }
}

/** Inputs held in memory, for tests and for records that arrive from an API instead of a file. */
export function inputFromText(name: string, text: string | Buffer): Input {
  return { name, open: () => gunzipIfCompressed(Readable.from([Buffer.from(text)])) }
}

async function* prepend(first: Buffer, rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  yield first
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value
}

/** Looks at the first bytes: the gzip magic number means a compressed file (CloudTrail delivers .json.gz). */
async function* gunzipIfCompressed(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  const iterator = (async function* () {
    for await (const chunk of stream) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk
  })()
  const first = await iterator.next()
  if (first.done) return
  const whole = prepend(first.value, iterator)
  if (first.value.length >= 2 && first.value[0] === 0x1f && first.value[1] === 0x8b) {
    yield* Readable.from(whole).pipe(createGunzip())
  } else {
    yield* whole
  }
}

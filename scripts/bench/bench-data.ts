/**
 * The benchmark's data on disk: generated inputs kept under .bench/data/ by size, seed and generator code
 * (so re-runs skip generation), and outputs counted without being read whole.
 */
import { createHash } from 'node:crypto'
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../skills.ts'
import type { GeneratedInput, SourceGenerator } from './generators/source-generator.ts'
import { Random } from './random.ts'

const GENERATORS_DIR = join(ROOT, 'scripts', 'bench', 'generators')

export function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`)
}

/** Generated data is kept per size, seed and generator code, so re-runs skip generation. */
export function dataKey(events: number, seed: number): string {
  const hash = createHash('sha256')
  for (const file of readdirSync(GENERATORS_DIR).sort()) hash.update(readFileSync(join(GENERATORS_DIR, file)))
  hash.update(readFileSync(join(ROOT, 'scripts', 'bench', 'random.ts')))
  return `${events}-seed${seed}-${hash.digest('hex').slice(0, 10)}`
}

export function generateInput(
  generator: SourceGenerator,
  dataDir: string,
  events: number,
  seed: number,
): GeneratedInput {
  const dir = join(dataDir, generator.source)
  const manifest = join(dir, 'manifest.json')
  if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, 'utf8')) as GeneratedInput
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const started = performance.now()
  const input = generator.generate(dir, events, new Random(seed).fork(generator.source))
  writeFileSync(manifest, JSON.stringify(input))
  log(
    `generated ${input.records} ${generator.source} records (${(input.bytes / 1e6).toFixed(0)} MB, ${input.files.length} file(s)) in ${((performance.now() - started) / 1000).toFixed(1)}s`,
  )
  return input
}

/** The first line of a file, read without reading the file whole. */
export function firstLine(file: string): string {
  const fd = openSync(file, 'r')
  const buffer = Buffer.alloc(64 * 1024)
  const read = readSync(fd, buffer, 0, buffer.length, 0)
  closeSync(fd)
  return buffer.subarray(0, read).toString('utf8').split('\n')[0] ?? ''
}

/** Counts newlines in chunks, so a multi-gigabyte output is never held whole. */
export function lineCount(file: string): number {
  let count = 0
  const fd = openSync(file, 'r')
  const buffer = Buffer.alloc(1 << 20)
  for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
    const chunk = buffer.subarray(0, read)
    for (let index = chunk.indexOf(10); index !== -1; index = chunk.indexOf(10, index + 1)) count += 1
  }
  closeSync(fd)
  return count
}

/**
 * Hostile conditions for every record skill (ingest, detect, view) through its built script, as a shell
 * runs it: hostile input on standard input under a hard time limit (a hang is killed and fails), a reader
 * that closes standard output mid-stream, SIGINT, an input that is a directory, and inputs whose read fails.
 * Each ends with the status ARCHITECTURE.md documents and, for an error, one clear line on stderr.
 *
 * Root reads a file whatever its mode, so "unreadable" is shown three ways: a read that fails with EIO
 * (/proc/self/mem: its first page is never mapped; Linux only), a corrupt gzip stream (everywhere), and
 * mode 000 (only when the tests do not run as root). A FIFO without a writer would hang, so it is not used.
 */
import { spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ocsfProblems } from '#shared/ocsf/models.ts'
import { findSkills } from '../scripts/skills.ts'
import { INVALID_UTF8, spliceBytes } from './helpers/hostile-values.ts'
import { ROOT, skillScript } from './helpers/paths.ts'
import { goldenInputsOf, RECORD_LAYERS } from './helpers/record-skills.ts'
import { runSkill, summaryOf } from './helpers/run-skill.ts'
import { viewDocumentProblems } from './helpers/view-documents.ts'

/** Few runs: each starts a process. The in-process hostile-input test does the volume. */
const CLI_RUNS = Number(process.env.HOSTILE_CLI_RUNS ?? 2)
const HANG_LIMIT_MS = 30_000
/** Enough input that output outgrows a pipe's buffer before the reader goes away. */
const MID_STREAM_INPUT_BYTES = 2 << 20

const SKILLS = findSkills().filter((skill) => RECORD_LAYERS.has(skill.layer))
const dir = mkdtempSync(join(tmpdir(), 'hostile-cli-'))
const IS_ROOT = process.getuid?.() === 0

function goldenLines(skill: string): string[] {
  const lines: string[] = []
  for (const golden of goldenInputsOf(skill)) {
    for (const file of golden.files) {
      if (file.endsWith('.gz')) continue
      lines.push(
        ...readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => line.startsWith('{')),
      )
    }
  }
  return lines.length > 0 ? lines : ['{}']
}

interface StreamRun {
  readonly status: number | null
  readonly signal: NodeJS.Signals | null
  readonly stderr: string
}

/** Starts a skill and hands its process to `drive`, which decides when to close stdout or interrupt. */
function runDriven(
  skill: string,
  args: readonly string[],
  drive: (child: ReturnType<typeof spawn>) => void,
): Promise<StreamRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [skillScript(skill), ...args], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk
    })
    const killer = setTimeout(() => child.kill('SIGKILL'), HANG_LIMIT_MS)
    child.on('error', reject)
    child.on('close', (status, signal) => {
      clearTimeout(killer)
      resolve({ status, signal, stderr })
    })
    drive(child)
  })
}

describe.each(SKILLS)('$name as a built script under hostile conditions', ({ name, layer }) => {
  it('keeps the record contract on hostile standard input, within the time limit', async () => {
    const lines = goldenLines(name)
    const hostileInput = fc
      .tuple(
        fc.uint8Array({ maxLength: 2048 }),
        fc.constantFrom(...lines),
        fc.nat(),
        fc.constantFrom(...INVALID_UTF8),
        fc.integer({ min: 2, max: 50_000 }),
      )
      .map(([bytes, line, cut, invalid, depth]) =>
        Buffer.concat([
          Buffer.from(`${line.slice(0, cut % line.length)}\n`),
          spliceBytes(line, cut % (line.length + 1), invalid),
          Buffer.from(`\n${'['.repeat(depth)}${']'.repeat(depth)}\n`),
          Buffer.from(bytes),
          Buffer.from(`\n${line}\n`),
        ]),
      )
    await fc.assert(
      fc.asyncProperty(hostileInput, async (input) => {
        const run = runSkill(name, [], { input, timeoutMs: HANG_LIMIT_MS })
        expect(run.signal, 'killed at the time limit: the skill hung').toBeNull()
        expect(run.status).toBe(0)
        for (const line of run.stderr.trim().split('\n')) expect(line.startsWith(`${name}: `)).toBe(true)
        const summary = summaryOf(run.stderr)
        expect(summary.read).toBe(summary.processed + summary.dropped + summary.skipped)
        expect(summary.read).toBeGreaterThanOrEqual(1)
        if (layer === 'view') {
          expect(await viewDocumentProblems(run.stdout)).toEqual([])
        } else {
          const events = run.stdout.split('\n').filter((line) => line.length > 0)
          expect(events).toHaveLength(summary.emitted)
          for (const event of events) expect(ocsfProblems(JSON.parse(event))).toEqual([])
        }
      }),
      { numRuns: CLI_RUNS },
    )
  })

  it('ends with status 0 and no error when the reader closes standard output mid-stream', async () => {
    const files = goldenInputsOf(name).flatMap((golden) => golden.files)
    // Warnings the input itself earns (a record left out, with its reason) may print, whatever their counts
    // come to over many copies of it; nothing else may.
    const shapeOf = (line: string) => line.replace(/\d+/g, '#')
    const inputWarnings = new Set(
      runSkill(name, ['-q', ...files])
        .stderr.split('\n')
        .map(shapeOf),
    )
    const size = files.reduce((total, file) => total + readFileSync(file).length, 0)
    const copies = Math.min(400, Math.ceil(MID_STREAM_INPUT_BYTES / Math.max(1, size)))
    const args = ['-q', ...Array.from({ length: copies }, () => files).flat()]
    const run = await runDriven(name, args, (child) => {
      child.stdin?.end()
      child.stdout?.once('data', () => child.stdout?.destroy())
    })
    expect(run.signal).toBeNull()
    expect(run.stderr.split('\n').filter((line) => !inputWarnings.has(shapeOf(line)))).toEqual([])
    expect(run.status).toBe(0)
  })

  it('says it was interrupted, in one line, and exits 130 on SIGINT', async () => {
    let warned = ''
    const run = await runDriven(name, [], (child) => {
      child.stderr?.once('data', (chunk: Buffer) => {
        warned = chunk.toString()
        child.kill('SIGINT')
      })
      // A line that is not a record: its warning shows the skill is reading, with its handlers in place.
      child.stdin?.write('not a record\n')
    })
    expect(warned).toContain('skipped')
    expect(run.signal).toBeNull()
    expect(run.status).toBe(130)
    expect(run.stderr.slice(warned.length).trim().split('\n')).toEqual([`${name}: interrupted`])
  })

  it('refuses a directory in one line, with status 3', () => {
    const run = runSkill(name, ['-q', dir])
    expect(run.status).toBe(3)
    expect(run.stderr.trim().split('\n')).toEqual([`${name}: ${dir}: is a directory, not a log file`])
  })

  it('says in one line that an input could not be read to the end (corrupt gzip), with status 3', () => {
    const file = join(dir, `${name}.jsonl.gz`)
    writeFileSync(file, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad, 0xbe, 0xef]))
    const run = runSkill(name, ['-q', file])
    expect(run.status).toBe(3)
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(`^${name}: ${file}: reading stopped: `),
    ])
  })

  it.runIf(process.platform === 'linux')('says in one line that a read failed (EIO), with status 3', () => {
    const run = runSkill(name, ['-q', '/proc/self/mem'])
    expect(run.status).toBe(3)
    expect(run.stderr.trim().split('\n')).toEqual([
      `${name}: /proc/self/mem: reading stopped: EIO: i/o error, read`,
    ])
  })

  it.runIf(!IS_ROOT)('says in one line that a file is not readable, with status 3', () => {
    const file = join(dir, `${name}.unreadable.jsonl`)
    writeFileSync(file, '{}\n')
    chmodSync(file, 0o000)
    const run = runSkill(name, ['-q', file])
    expect(run.status).toBe(3)
    expect(run.stderr.trim().split('\n')).toEqual([`${name}: ${file}: permission denied`])
  })
})

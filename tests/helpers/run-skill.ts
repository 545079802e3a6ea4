/** Runs a built skill as a user would: a child process reading files or stdin, with its exit status and both streams. */
import { spawnSync } from 'node:child_process'
import { ROOT, skillScript } from './paths.ts'

export interface SkillRun {
  readonly status: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

export interface RunOptions {
  readonly input?: string | Buffer
  readonly cwd?: string
  readonly env?: NodeJS.ProcessEnv
  /** A script path other than dist/<skill>.mjs (a copy elsewhere). */
  readonly script?: string
  /** Kill the run after this long (it then ends with signal SIGTERM): for tests that prove there is no hang. */
  readonly timeoutMs?: number
}

export function runSkill(skill: string, args: readonly string[] = [], options: RunOptions = {}): SkillRun {
  const result = spawnSync(process.execPath, [options.script ?? skillScript(skill), ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: options.env ?? process.env,
    maxBuffer: 512 * 1024 * 1024,
    encoding: 'utf8',
    timeout: options.timeoutMs,
  })
  if (result.error !== undefined) throw result.error
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr }
}

/** The lines of JSONL output, parsed. */
export function parseJsonl(text: string): unknown[] {
  return text
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as unknown)
}

/** The numbers of the summary line a skill prints on stderr. */
export function summaryOf(stderr: string) {
  const line = stderr
    .trim()
    .split('\n')
    .reverse()
    .find((text) => /: read \d+, processed \d+/.test(text))
  if (line === undefined) throw new Error(`no summary line in stderr:\n${stderr}`)
  const number = (label: string) => Number(new RegExp(`${label} (\\d+)`).exec(line)?.[1] ?? Number.NaN)
  return {
    line,
    read: number('read'),
    processed: number('processed'),
    dropped: number('dropped'),
    skipped: number('skipped'),
    emitted: number('emitted'),
  }
}

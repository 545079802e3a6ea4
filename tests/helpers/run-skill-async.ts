/**
 * Runs a built skill as a child process without blocking the test's event loop, so a loopback server the
 * test started can answer the skill's API calls; the test can watch standard output as it streams.
 */
import { spawn } from 'node:child_process'
import { ROOT, skillScript } from './paths.ts'
import type { SkillRun } from './run-skill.ts'

export interface AsyncRunOptions {
  readonly env?: NodeJS.ProcessEnv
  /** The working directory; the repository root unless given. */
  readonly cwd?: string
  /** Called with all standard output so far, each time more arrives. */
  readonly onStdout?: (stdoutSoFar: string) => void
}

export function runSkillAsync(
  skill: string,
  args: readonly string[],
  options: AsyncRunOptions = {},
): Promise<SkillRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [skillScript(skill), ...args], {
      cwd: options.cwd ?? ROOT,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk
      options.onStdout?.(stdout)
    })
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }))
  })
}

export interface LinesWritten {
  /** Settles once standard output holds the lines. */
  readonly written: Promise<void>
  /** Pass as the run's onStdout. */
  readonly onStdout: (stdoutSoFar: string) => void
}

/**
 * Settles once a run has written `count` complete lines: a loopback server can hold its next answer until
 * then, to show that the skill writes each page before it asks for the next.
 */
export function whenLinesWritten(count: number): LinesWritten {
  let settle: () => void = () => {}
  const written = new Promise<void>((resolve) => {
    settle = resolve
  })
  return {
    written,
    onStdout: (stdoutSoFar) => {
      if (stdoutSoFar.split('\n').length > count) settle()
    },
  }
}

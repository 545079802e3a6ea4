/**
 * Runs a built skill without blocking the test's event loop, so loopback servers in the same process keep
 * answering it (spawnSync would deadlock them).
 */
import { spawn } from 'node:child_process'
import { ROOT, skillScript } from '../paths.ts'
import type { SkillRun } from '../run-skill.ts'

export function runSkillAsync(
  skill: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd = ROOT,
): Promise<SkillRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [skillScript(skill), ...args], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', reject)
    child.on('close', (status, signal) => {
      resolve({
        status,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      })
    })
  })
}

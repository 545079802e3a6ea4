/** The README's quick start is what CI runs: the same two commands, in the same order. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './helpers/paths.ts'

function quickStartCommands(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const section = readme.split('## Quick start')[1] ?? ''
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? ''
  return block.trim().split('\n')
}

describe('README quick start', () => {
  it('is two commands: install and run the pipe, then the whole test suite', () => {
    expect(quickStartCommands()).toEqual(['npm ci && npm run demo', 'npm test'])
  })

  it('is exactly what .ci/run runs first', () => {
    const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8')
    const commands = quickStartCommands()
    let position = 0
    for (const command of commands) {
      const found = ci.indexOf(`\n${command}\n`, position)
      expect(found, `.ci/run runs "${command}"`).toBeGreaterThan(-1)
      position = found
    }
  })
})

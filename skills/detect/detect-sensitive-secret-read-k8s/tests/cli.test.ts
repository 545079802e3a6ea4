/** The built script's options: patterns and readers from the command line, and bad values refused. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GOLDEN } from '../../../../tests/helpers/paths.ts'
import { parseJsonl, runSkill } from '../../../../tests/helpers/run-skill.ts'

const EVENTS = join(GOLDEN, 'k8s-secret-read', 'expected.ocsf.jsonl')

function titles(args: readonly string[]): string[] {
  const run = runSkill('detect-sensitive-secret-read-k8s', ['-q', ...args, EVENTS])
  expect(run.status).toBe(0)
  return parseJsonl(run.stdout).map(
    (finding) => (finding as { finding_info: { title: string } }).finding_info.title,
  )
}

describe('detect-sensitive-secret-read-k8s on the command line', () => {
  it('adds a --sensitive-pattern to the built-in ones', () => {
    expect(titles([])).not.toContain('Sensitive secret read: payments/web-config')
    expect(titles(['--sensitive-pattern', 'config$'])).toContain('Sensitive secret read: payments/web-config')
  })

  it('stays quiet for --allow-reader principals', () => {
    const quiet = titles([
      '--allow-reader',
      'system:serviceaccount:ci:runner',
      '--allow-reader',
      'dave@contractor.example',
    ])
    expect(quiet).toEqual(['Sensitive secret read: payments/stripe-api-key'])
  })

  it.each([
    [['--sensitive-pattern', '(']],
    [['--sensitive-pattern', '']],
    [['--namespace-threshold', '0']],
    [['--window', 'soon']],
  ])('refuses %j as a usage error', (args) => {
    const run = runSkill('detect-sensitive-secret-read-k8s', args)
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
  })
})

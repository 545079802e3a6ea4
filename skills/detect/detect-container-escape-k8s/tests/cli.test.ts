/** The built script's options: allowed workloads from the command line, and bad values refused. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GOLDEN } from '../../../../tests/helpers/paths.ts'
import { parseJsonl, runSkill } from '../../../../tests/helpers/run-skill.ts'

const EVENTS = join(GOLDEN, 'k8s-container-escape', 'expected.ocsf.jsonl')

function workloads(args: readonly string[]): string[] {
  const run = runSkill('detect-container-escape-k8s', ['-q', ...args, EVENTS])
  expect(run.status).toBe(0)
  const found = parseJsonl(run.stdout).map(
    (finding) => (finding as { finding_info: { title: string } }).finding_info.title,
  )
  return [...new Set(found.map((title) => title.replace(/^.* in /, '')))]
}

describe('detect-container-escape-k8s on the command line', () => {
  it('reports node-exporter until it is passed with --allow-workload', () => {
    expect(workloads([])).toContain('daemonsets monitoring/node-exporter')
    expect(workloads(['--allow-workload', 'monitoring/node-exporter'])).not.toContain(
      'daemonsets monitoring/node-exporter',
    )
    expect(workloads(['--allow-workload', 'ci/*', '--allow-workload', 'monitoring/*'])).not.toContain(
      'daemonsets ci/build-agent',
    )
  })

  it.each([
    [['--allow-workload', 'monitoring']],
    [['--allow-workload', 'a/b/c']],
    [['--dedup-window', '0s']],
  ])('refuses %j as a usage error', (args) => {
    const run = runSkill('detect-container-escape-k8s', args)
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
  })
})

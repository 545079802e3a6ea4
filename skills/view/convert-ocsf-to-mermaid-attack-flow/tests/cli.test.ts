/** The built script: bounds from the command line, and bad values refused. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GOLDEN } from '../../../../tests/helpers/paths.ts'
import { runSkill, summaryOf } from '../../../../tests/helpers/run-skill.ts'

const FINDINGS = join(GOLDEN, 'k8s-secret-read', 'expected.findings.jsonl')

describe('convert-ocsf-to-mermaid-attack-flow on the command line', () => {
  it('draws within --max-nodes and says on stderr what it left out', () => {
    const run = runSkill('convert-ocsf-to-mermaid-attack-flow', ['--max-nodes', '5', FINDINGS])
    expect(run.status).toBe(0)
    expect(run.stderr).toMatch(/left out \d+ less severe finding\(s\) to stay within 5 nodes/)
    expect(summaryOf(run.stderr).read).toBe(9)
    expect(run.stdout).toMatch(/^ {2}more\["\d+ less severe finding\(s\) not shown"\]$/m)
  })

  it.each([[['--max-edges', '501']], [['--max-nodes', '301']], [['--max-nodes', 'many']]])(
    'refuses %j as a usage error',
    (args) => {
      const run = runSkill('convert-ocsf-to-mermaid-attack-flow', args)
      expect(run.status).toBe(2)
      expect(run.stdout).toBe('')
    },
  )
})

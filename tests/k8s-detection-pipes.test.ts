/**
 * The Kubernetes detection pipes as users run them: raw audit log, ingester, detector and converter
 * joined by real shell pipes through the built scripts, each ending in the frozen SARIF and Mermaid of
 * its golden scenario. The attack-flow page shows the secret-read scenario's diagram, kept equal to it.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DIST, GOLDEN, ROOT } from './helpers/paths.ts'

const SCENARIOS = [
  {
    name: 'k8s-secret-read',
    detector: 'detect-sensitive-secret-read-k8s',
    detectorArgs: '',
    flowArgs: '',
    flow: 'expected.mmd',
  },
  {
    name: 'k8s-container-escape',
    detector: 'detect-container-escape-k8s',
    detectorArgs: '--allow-workload monitoring/node-exporter',
    flowArgs: '--fenced',
    flow: 'expected.attack-flow.md',
  },
]

function shell(script: string, cwd: string) {
  return spawnSync('bash', ['--noprofile', '--norc', '-o', 'pipefail', '-c', script], {
    cwd,
    encoding: 'utf8',
    env: { PATH: `${join(process.execPath, '..')}:/usr/bin:/bin`, DIST },
  })
}

describe.each(SCENARIOS)('the $name pipe', (scenario) => {
  const dir = join(GOLDEN, scenario.name)
  const ingest = 'node "$DIST/ingest-k8s-audit-ocsf.mjs" -q audit.jsonl'
  const detect = `${ingest} | node "$DIST/${scenario.detector}.mjs" -q ${scenario.detectorArgs}`

  it('ends in the golden SARIF', () => {
    const run = shell(`${detect} | node "$DIST/convert-ocsf-to-sarif.mjs" -q`, dir)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout) as unknown).toEqual(
      JSON.parse(readFileSync(join(dir, 'expected.sarif'), 'utf8')),
    )
  })

  it('ends in the golden attack flow', () => {
    const run = shell(
      `${detect} | node "$DIST/convert-ocsf-to-mermaid-attack-flow.mjs" -q ${scenario.flowArgs}`,
      dir,
    )
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toBe(readFileSync(join(dir, scenario.flow), 'utf8'))
  })
})

describe('docs/ATTACK_FLOWS.md', () => {
  it('shows the secret-read scenario’s diagram as the converter draws it', () => {
    const page = readFileSync(join(ROOT, 'docs', 'ATTACK_FLOWS.md'), 'utf8')
    const flow = readFileSync(join(GOLDEN, 'k8s-secret-read', 'expected.mmd'), 'utf8')
    expect(page).toContain(`\`\`\`mermaid\n${flow}\`\`\``)
  })
})

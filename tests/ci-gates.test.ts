/**
 * CI runs every gate of the trust bar, and GitHub runs the same gates as a local `.ci/run`: the workflow
 * runs .ci/run itself, .ci/run runs `npm test` and the gates npm test cannot (independent validators,
 * the network namespace, npm audit, the SBOM), and `npm test` checks the skill contract after the build.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import packageJson from '../package.json' with { type: 'json' }
import { ROOT } from './helpers/paths.ts'

interface Step {
  readonly uses?: string
  readonly run?: string
  readonly with?: Record<string, string>
  readonly 'working-directory'?: string
  readonly env?: Record<string, string>
}

const workflow = parseYaml(readFileSync(join(ROOT, '.github', 'workflows', 'ci.yml'), 'utf8')) as {
  jobs: Record<string, { steps: Step[] }>
}
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps)
const ciRun = readFileSync(join(ROOT, '.ci', 'run'), 'utf8')
const ciCommands = ciRun.split('\n').filter((line) => !line.trimStart().startsWith('#'))

describe('the GitHub workflow', () => {
  it('runs .ci/run, so it passes the same gates as a local run', () => {
    expect(steps.filter((step) => step.run?.trim() === '.ci/run')).toHaveLength(1)
  })

  it('checks the repository out beside the conformance material, as .ci/run expects (../shared)', () => {
    const checkouts = steps.filter((step) => step.uses?.startsWith('actions/checkout@'))
    expect(checkouts.map((step) => step.with?.path).sort()).toEqual(['main', 'shared'])
    expect(steps.find((step) => step.run?.trim() === '.ci/run')?.['working-directory']).toBe('main')
  })

  it("uploads the toolkit's own SARIF and the SBOM .ci/run wrote", () => {
    const sarif = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))
    expect(sarif?.with?.sarif_file).toBe('main/findings.sarif')
    const sbomDir = steps.find((step) => step.run?.trim() === '.ci/run')?.env?.SBOM_DIR
    expect(sbomDir).toBeDefined()
    const artifact = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'))
    expect(artifact?.with?.path).toBe(`${sbomDir}/sbom.cdx.json`)
  })
})

describe('.ci/run', () => {
  it.each([
    ['stops at the first failure', 'set -euo pipefail'],
    ['runs the whole test suite', 'npm test'],
    ['runs the independent validators over golden outputs and the corpus', 'scripts/validate-outputs.sh'],
    [
      'repeats the golden pipes with no network at all',
      'unshare --net --map-root-user npx --no-install vitest run',
    ],
    ['audits the runtime dependencies, failing on high or critical', 'scripts/audit-gate.ts'],
    ['writes a CycloneDX SBOM', 'npm sbom --sbom-format cyclonedx'],
    ['checks the SBOM', 'scripts/check-sbom.ts'],
  ])('%s', (_what, command) => {
    expect(ciCommands.some((line) => line.includes(command))).toBe(true)
  })
})

describe('npm test', () => {
  const gates = packageJson.scripts.test.split('&&').map((part) => part.trim())

  it.each([
    'npm run lint',
    'npm run typecheck',
    'npm run build',
    'npm run validate-skills',
    'npm run scan-secrets',
    'vitest run',
  ])('runs %s', (gate) => {
    expect(gates).toContain(gate)
  })

  it('checks the skill contract after the build, so build outputs are checked', () => {
    expect(gates.indexOf('npm run validate-skills')).toBeGreaterThan(gates.indexOf('npm run build'))
  })
})

/**
 * The evidence a skill must have beyond its own folder: a golden pair (a step in golden/<scenario>/pipe.json
 * with its frozen output), negative controls, and a build output. A negative control is input the skill
 * must not turn into a positive, shown in data (CONTRIBUTING.md):
 *
 * - detect: every rule's tests/fixtures/<rule-id>.jsonl holds an `"expected": false` case (and a true one);
 * - evaluate: a golden step's frozen output holds a check that passed (Compliance Finding status Pass);
 * - ingest and view: a golden step in which the built script drops a record by design (`dropped` > 0 in
 *   its summary: another service's event, a duplicate, a compliance check that did not fail);
 * - remediate and discover: a golden step in which the built script leaves a record out (`dropped` > 0, or
 *   fewer records emitted than processed: an identity not planned, an identity verified gone), or, for a
 *   gate that passes clean records on, a golden step whose frozen output is its input unchanged (an intact
 *   audit chain raises nothing).
 *
 * Checks that run a built script need dist/ (`npm run build`); without it they are reported as not run.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { ROOT, type SkillFolder } from './skills.ts'

export const DIST = join(ROOT, 'dist')
const GOLDEN = join(ROOT, 'golden')

export interface GoldenStep {
  readonly scenario: string
  readonly skill: string
  readonly args: readonly string[]
  readonly expect: string
}

/** Every golden step, and the problems of scenario folders that cannot be read. */
export function readGoldenSteps(): { steps: GoldenStep[]; problems: string[] } {
  const steps: GoldenStep[] = []
  const problems: string[] = []
  for (const scenario of readdirSync(GOLDEN, { withFileTypes: true })) {
    if (!scenario.isDirectory()) continue
    const pipeFile = join(GOLDEN, scenario.name, 'pipe.json')
    if (!existsSync(pipeFile)) {
      problems.push(`golden/${scenario.name}: has no pipe.json`)
      continue
    }
    let pipe: { steps?: Array<Omit<GoldenStep, 'scenario'>> }
    try {
      pipe = JSON.parse(readFileSync(pipeFile, 'utf8')) as typeof pipe
    } catch (error) {
      problems.push(`golden/${scenario.name}/pipe.json: not JSON (${(error as Error).message})`)
      continue
    }
    for (const step of pipe.steps ?? []) {
      if (!existsSync(join(GOLDEN, scenario.name, step.expect)))
        problems.push(`golden/${scenario.name}: ${step.skill}'s frozen output ${step.expect} is missing`)
      steps.push({ scenario: scenario.name, ...step })
    }
  }
  return { steps, problems }
}

function readJsonl(file: string): unknown[] {
  const values: unknown[] = []
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim().length === 0) continue
    try {
      values.push(JSON.parse(line))
    } catch {
      // not JSONL (a SARIF or Mermaid document): holds no compliance check
    }
  }
  return values
}

interface Summary {
  readonly processed: number
  readonly dropped: number
  readonly emitted: number
}

/** Runs a golden step through the built script and reads its summary line. */
function summaryOfStep(step: GoldenStep): Summary | undefined {
  const run = spawnSync(process.execPath, [join(DIST, `${step.skill}.mjs`), ...step.args], {
    cwd: join(GOLDEN, step.scenario),
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  })
  const line = run.stderr
    .split('\n')
    .reverse()
    .find((text) => /: read \d+, processed \d+/.test(text))
  if (line === undefined) return undefined
  const count = (label: string) => Number(new RegExp(`${label} (\\d+)`).exec(line)?.[1] ?? 0)
  return { processed: count('processed'), dropped: count('dropped'), emitted: count('emitted') }
}

/** Rule files (one rule each, named by its id), without the list in index.ts. */
function ruleIds(skill: SkillFolder): string[] {
  const dir = join(ROOT, skill.dir, 'src', 'rules')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
    .map((file) => basename(file, '.ts'))
}

function detectorNegativeControls(skill: SkillFolder): string[] {
  const problems: string[] = []
  const index = join(ROOT, skill.dir, 'src', 'rules', 'index.ts')
  if (!existsSync(index) || !/export const RULES\b/.test(readFileSync(index, 'utf8')))
    problems.push(
      'has no src/rules/index.ts exporting RULES (the rule list, whose classUids the wire test reads)',
    )
  for (const id of ruleIds(skill)) {
    const fixture = join(ROOT, skill.dir, 'tests', 'fixtures', `${id}.jsonl`)
    if (!existsSync(fixture)) {
      problems.push(`rule ${id} has no tests/fixtures/${id}.jsonl`)
      continue
    }
    const expectations = readJsonl(fixture).map((value) => (value as { expected?: unknown }).expected)
    if (!expectations.includes(false))
      problems.push(
        `rule ${id} has no negative control: no "expected": false case in tests/fixtures/${id}.jsonl`,
      )
    if (!expectations.includes(true))
      problems.push(`rule ${id} has no "expected": true case in tests/fixtures/${id}.jsonl`)
  }
  return problems
}

function hasPassingCheck(step: GoldenStep): boolean {
  const file = join(GOLDEN, step.scenario, step.expect)
  if (!existsSync(file) || !step.expect.endsWith('.jsonl')) return false
  return readJsonl(file).some(
    (event) => (event as { compliance?: { status_id?: unknown } }).compliance?.status_id === 1,
  )
}

/** A gate's clean run: its only input file comes out byte for byte. */
function passesInputThrough(step: GoldenStep): boolean {
  const dir = join(GOLDEN, step.scenario)
  const inputs = step.args.filter((arg) => !arg.startsWith('-') && existsSync(join(dir, arg)))
  const output = join(dir, step.expect)
  if (inputs.length !== 1 || !existsSync(output)) return false
  return readFileSync(join(dir, inputs[0] ?? '')).equals(readFileSync(output))
}

function leavesRecordOut(layer: string, summary: Summary): boolean {
  if (summary.dropped > 0) return true
  return ACTING_LAYERS.has(layer) && summary.emitted < summary.processed
}

/** Layers whose skills act on records one by one, and may show restraint by leaving a record alone. */
const ACTING_LAYERS = new Set(['remediate', 'discover'])

const LEAVES_A_RECORD_OUT =
  'no golden step in which it leaves a record out (dropped, or fewer emitted than processed) or passes a clean input through unchanged'

const WHAT_A_NEGATIVE_CONTROL_IS: Readonly<Record<string, string>> = {
  evaluate: 'no golden step whose frozen output holds a check that passed',
  ingest: 'no golden step in which it drops a record by design',
  view: 'no golden step in which it drops a record by design (a finding it does not show)',
  remediate: LEAVES_A_RECORD_OUT,
  discover: LEAVES_A_RECORD_OUT,
}

/** Problems with a skill's golden pair, negative controls and build output; each names what is missing. */
export function checkEvidence(skill: SkillFolder, goldenSteps: readonly GoldenStep[]): string[] {
  const problems: string[] = []
  const built = existsSync(DIST)
  if (built && !existsSync(join(DIST, `${skill.name}.mjs`)))
    problems.push(`has no build output dist/${skill.name}.mjs (npm run build)`)
  const steps = goldenSteps.filter((step) => step.skill === skill.name)
  if (steps.length === 0) problems.push('has no golden pair: no step of golden/*/pipe.json runs it')
  if (skill.layer === 'detect') return [...problems, ...detectorNegativeControls(skill)]
  if (steps.length === 0)
    return [...problems, `has no negative control: ${WHAT_A_NEGATIVE_CONTROL_IS[skill.layer]}`]
  if (skill.layer === 'evaluate') {
    if (!steps.some(hasPassingCheck))
      problems.push(`has no negative control: ${WHAT_A_NEGATIVE_CONTROL_IS.evaluate}`)
    return problems
  }
  if (ACTING_LAYERS.has(skill.layer) && steps.some(passesInputThrough)) return problems
  if (!built || !existsSync(join(DIST, `${skill.name}.mjs`))) return problems
  const shown = steps.some((step) => {
    const summary = summaryOfStep(step)
    return summary !== undefined && leavesRecordOut(skill.layer, summary)
  })
  if (!shown) problems.push(`has no negative control: ${WHAT_A_NEGATIVE_CONTROL_IS[skill.layer]}`)
  return problems
}

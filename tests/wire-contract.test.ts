/**
 * The wire contract across skills, hop by hop through the built scripts. Every ingester's golden output
 * goes into every detector whose rules read a class the ingester emits (a detector's `RULES` in
 * src/rules/index.ts declare their classUids, which the shared rule runner indexes by), and every finding
 * goes into both converters: the detectors' findings from those hops, and the findings golden runs of
 * other layers emitted (ingested GuardDuty and Security Hub findings, evaluations, drift). Each hop is
 * checked by the independent validators: OCSF by ../shared/tools/ocsf-validate.py --warnings-as-errors,
 * SARIF by sarif-check.py --warnings-as-errors, Mermaid by Mermaid's own parser. Skills are found from
 * the skills folder; an ingester without golden output or a detector without RULES fails by name.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import type { RuleMetadata } from '#shared/detect/index.ts'
import { findSkills } from '../scripts/skills.ts'
import { goldenScenarios } from './helpers/golden.ts'
import { parseFlowchart } from './helpers/mermaid-parser.ts'
import { HAS_SHARED, ROOT, SHARED } from './helpers/paths.ts'
import { parseJsonl, runSkill, summaryOf } from './helpers/run-skill.ts'

const FINDING_CLASSES = new Set([2003, 2004])
const CONVERTERS = { sarif: 'convert-ocsf-to-sarif', mermaid: 'convert-ocsf-to-mermaid-attack-flow' } as const
const workDir = mkdtempSync(join(tmpdir(), 'wire-contract-'))
const skills = findSkills()

/** The frozen outputs of a skill's golden steps, concatenated: what it puts on the wire. */
function goldenOutputOf(skill: string): string {
  const texts: string[] = []
  for (const scenario of goldenScenarios()) {
    for (const step of scenario.steps) {
      if (step.skill === skill && step.expect.endsWith('.jsonl'))
        texts.push(readFileSync(join(scenario.dir, step.expect), 'utf8'))
    }
  }
  return texts.join('')
}

function classesIn(jsonl: string): Set<number> {
  return new Set(parseJsonl(jsonl).map((event) => (event as { class_uid?: number }).class_uid ?? 0))
}

interface Ingester {
  readonly name: string
  readonly file: string
  readonly classes: ReadonlySet<number>
}

interface Detector {
  readonly name: string
  readonly classes: ReadonlySet<number>
  readonly loadError?: string
}

const ingesters: Ingester[] = skills
  .filter((skill) => skill.layer === 'ingest')
  .map((skill) => {
    const text = goldenOutputOf(skill.name)
    const file = join(workDir, `${skill.name}.ocsf.jsonl`)
    writeFileSync(file, text)
    return { name: skill.name, file, classes: classesIn(text) }
  })

const detectors: Detector[] = []
for (const skill of skills.filter((folder) => folder.layer === 'detect')) {
  const rulesFile = join(ROOT, skill.dir, 'src', 'rules', 'index.ts')
  try {
    const { RULES } = (await import(pathToFileURL(rulesFile).href)) as { RULES?: readonly RuleMetadata[] }
    if (RULES === undefined) throw new Error(`${rulesFile} exports no RULES`)
    detectors.push({ name: skill.name, classes: new Set(RULES.flatMap((rule) => rule.classUids)) })
  } catch (error) {
    detectors.push({ name: skill.name, classes: new Set(), loadError: (error as Error).message })
  }
}

interface Hop {
  readonly from: string
  readonly skill: string
  readonly input: string
  readonly output: string
}

const detectorHops: Hop[] = []
for (const ingester of ingesters) {
  for (const detector of detectors) {
    if (![...detector.classes].some((classUid) => ingester.classes.has(classUid))) continue
    const output = join(workDir, `${ingester.name}.${detector.name}.jsonl`)
    detectorHops.push({ from: ingester.name, skill: detector.name, input: ingester.file, output })
  }
}

/** Findings other layers put on the wire in golden runs, one file per skill. */
const goldenFindingSources = skills
  .filter((skill) => skill.layer !== 'detect')
  .map((skill) => ({ name: skill.name, text: goldenOutputOf(skill.name) }))
  .filter(({ text }) => [...classesIn(text)].some((classUid) => FINDING_CLASSES.has(classUid)))
  .map(({ name, text }) => {
    const file = join(workDir, `${name}.golden-findings.jsonl`)
    writeFileSync(file, text)
    return { name, file }
  })

function converterHops(kind: keyof typeof CONVERTERS): Hop[] {
  const sources = [
    ...detectors.map((detector) => ({
      name: detector.name,
      file: join(workDir, `${detector.name}.findings.jsonl`),
    })),
    ...goldenFindingSources,
  ]
  const extension = kind === 'sarif' ? 'sarif' : 'mmd'
  return sources.map((source) => ({
    from: source.name,
    skill: CONVERTERS[kind],
    input: source.file,
    output: join(workDir, `${source.name}.${extension}`),
  }))
}

const sarifHops = converterHops('sarif')
const mermaidHops = converterHops('mermaid')

interface HopResult {
  readonly status: number | null
  readonly stderr: string
  readonly problems: string[]
}

const results = new Map<string, HopResult>()

function runHop(hop: Hop): HopResult {
  const run = runSkill(hop.skill, ['-o', hop.output, hop.input])
  const problems: string[] = []
  const summary = summaryOf(run.stderr)
  if (summary.read !== summary.processed + summary.dropped + summary.skipped)
    problems.push(`records not accounted for: ${summary.line}`)
  if (summary.skipped > 0) problems.push(`skipped records a skill upstream emitted: ${summary.line}`)
  // The rule runner leaves out a finding its own models reject, with a warning, so the output alone
  // would look clean; a view that stays within its size limits warns too, and that is no defect.
  for (const line of run.stderr.split('\n')) {
    if (/not valid|invalid|processing error|internal error/i.test(line)) problems.push(`warned: ${line}`)
  }
  return { status: run.status, stderr: run.stderr, problems }
}

/** Problems per file from one run of a validator over many files (its lines start with the file name). */
function validate(
  tool: 'ocsf-validate.py' | 'sarif-check.py',
  files: readonly string[],
): Map<string, string[]> {
  const byFile = new Map<string, string[]>(files.map((file) => [file, []]))
  if (files.length === 0) return byFile
  const args = [join(SHARED, 'tools', tool), '--warnings-as-errors', '--max-errors', '100000', ...files]
  const run = spawnSync('python3', args, { encoding: 'utf8' })
  const lines = `${run.stdout}${run.stderr}`.split('\n')
  for (const line of lines) {
    const file = files.length === 1 ? files[0] : files.find((candidate) => line.startsWith(`${candidate}:`))
    if (file !== undefined && / (error|warning): /.test(line)) byFile.get(file)?.push(line)
  }
  if (run.status !== 0 && [...byFile.values()].every((problems) => problems.length === 0)) {
    for (const file of files)
      byFile.get(file)?.push(`${tool} exited ${run.status}: ${lines.slice(-3).join(' ')}`)
  }
  return byFile
}

describe.runIf(HAS_SHARED)('the wire contract across skills', () => {
  beforeAll(async () => {
    for (const hop of detectorHops) results.set(hop.output, runHop(hop))
    const ocsf = validate('ocsf-validate.py', [
      ...ingesters.map((ingester) => ingester.file),
      ...detectorHops.map((hop) => hop.output),
    ])
    for (const hop of detectorHops) results.get(hop.output)?.problems.push(...(ocsf.get(hop.output) ?? []))
    for (const ingester of ingesters) {
      results.set(ingester.file, { status: 0, stderr: '', problems: ocsf.get(ingester.file) ?? [] })
    }
    for (const detector of detectors) {
      const outputs = detectorHops
        .filter((hop) => hop.skill === detector.name)
        .map((hop) => readFileSync(hop.output, 'utf8'))
      writeFileSync(join(workDir, `${detector.name}.findings.jsonl`), outputs.join(''))
    }
    for (const hop of [...sarifHops, ...mermaidHops]) results.set(hop.output, runHop(hop))
    const sarif = validate(
      'sarif-check.py',
      sarifHops.map((hop) => hop.output),
    )
    for (const hop of sarifHops) results.get(hop.output)?.problems.push(...(sarif.get(hop.output) ?? []))
    for (const hop of mermaidHops) {
      try {
        await parseFlowchart(readFileSync(hop.output, 'utf8'))
      } catch (error) {
        results
          .get(hop.output)
          ?.problems.push(`Mermaid does not parse it: ${(error as Error).message.split('\n')[0]}`)
      }
    }
  })

  it.each(ingesters)('$name puts golden output on the wire, valid OCSF', (ingester) => {
    expect(ingester.classes.size, `${ingester.name} has no golden output`).toBeGreaterThan(0)
    expect(results.get(ingester.file)?.problems).toEqual([])
  })

  it.each(detectors)('$name declares the classes its rules read', (detector) => {
    expect(detector.loadError).toBeUndefined()
    expect(detector.classes.size).toBeGreaterThan(0)
  })

  it('has detector hops and findings to convert', () => {
    expect(detectorHops.length).toBeGreaterThan(0)
    expect(sarifHops.length).toBeGreaterThan(0)
  })

  it.each([...detectorHops, ...sarifHops, ...mermaidHops])('$from | $skill', (hop) => {
    const result = results.get(hop.output)
    expect(result?.status, result?.stderr).toBe(0)
    expect(result?.problems).toEqual([])
  })
})

/**
 * Hostile input, in-process, for every record skill (ingest, detect, view): each is found in the skills
 * folder and built from its own main.ts, with the options of its golden runs. Inputs are random bytes,
 * truncated and deeply nested JSON, huge strings and lines, invalid UTF-8, empty input, and real golden
 * records with every field given a wrong type or removed and `__proto__`/`constructor`/`prototype` keys
 * added to every object. After every run: nothing threw (an input is unreadable only when it is corrupt
 * gzip), every record is accounted for (read = processed + dropped + skipped, and a non-empty input reads
 * at least one record), no record was skipped because the skill threw, everything emitted is valid (OCSF
 * events against the zod models; a view's SARIF or Mermaid document), and the built-in prototypes are
 * untouched.
 *
 * Each random property runs HOSTILE_RUNS times (20 unless set; raise it for a longer soak) with a time
 * limit per run; FC_SEED replays a seed fast-check reported. The field-by-field variants are exhaustive over
 * a few golden records per skill and run as one input each, which keeps the file near a minute on two cores.
 */
import { readFileSync } from 'node:fs'
import { PassThrough } from 'node:stream'
import { gunzipSync } from 'node:zlib'
import fc from 'fast-check'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import {
  inputFromText,
  Output,
  type RecordProcessor,
  RecordRunner,
  Reporter,
  readInputItems,
} from '#shared/io/index.ts'
import { ocsfProblems } from '#shared/ocsf/models.ts'
import { findSkills } from '../scripts/skills.ts'
import {
  ABSENT,
  type FieldPath,
  fieldPaths,
  INVALID_UTF8,
  prototypeChanges,
  prototypeSnapshot,
  removeAddedProperties,
  spliceBytes,
  toHostileLine,
  valueAt,
  withDeepNesting,
  withPollutingKeys,
  withValueAt,
  wrongValuesFor,
} from './helpers/hostile-values.ts'
import {
  type AnyRecordSkill,
  createProcessor,
  goldenInputsOf,
  loadRecordSkills,
  RECORD_LAYERS,
} from './helpers/record-skills.ts'
import { viewDocumentProblems } from './helpers/view-documents.ts'

vi.mock('#shared/cli/index.ts', async (importOriginal) => {
  const { captureRecordSkill } = await import('./helpers/record-skills.ts')
  return { ...(await importOriginal<object>()), runRecordSkill: captureRecordSkill }
})

const RUNS = Number(process.env.HOSTILE_RUNS ?? 20)
if (process.env.FC_SEED !== undefined) fc.configureGlobal({ seed: Number(process.env.FC_SEED) })
const PER_RUN_TIMEOUT_MS = 20_000
/** Golden records per input file the random properties start from, spread over the file. */
const RECORDS_PER_INPUT = 6
/** Fields of a skill's golden records varied one by one, each different field (by its shape) once. */
const VARIED_FIELDS = 400
/** Fields looked at per record; the breadth-first walk reaches every top-level field first. */
const PATHS_PER_RECORD = 200
/** Variants per property whose Mermaid output Mermaid itself parses (spread); the rest get a cheap check. */
const MERMAID_PARSES = 20
/**
 * Up to this depth every skill must process nested values. Past it a skill may skip the record once the
 * JavaScript stack runs out (JSON.stringify recurses; under the test runner the stack holds a few thousand
 * levels, in a built script about four thousand): the record is then counted and warned about.
 */
const SERIALISABLE_DEPTH = 1000
const STACK_OVERFLOW = 'Maximum call stack size exceeded'

const SKILLS = findSkills().filter((skill) => RECORD_LAYERS.has(skill.layer))
const { definitions, loadErrors } = await loadRecordSkills(SKILLS)

interface Seed {
  readonly scenario: string
  /** The options of the golden run the records come from. */
  readonly options: readonly string[]
  readonly records: readonly unknown[]
  /** Non-blank lines of the golden input files, as written. */
  readonly lines: readonly string[]
}

interface HostileRun {
  readonly output: string
  readonly reporter: Reporter
  readonly warnings: readonly string[]
  readonly readError?: Error
}

function fileText(path: string): string {
  const bytes = readFileSync(path)
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8')
}

/** The records of a golden input file, as the skill itself unwraps them. */
async function recordsOfFile(processor: RecordProcessor, file: string, text: string): Promise<unknown[]> {
  const records: unknown[] = []
  for await (const items of readInputItems(inputFromText(file, text))) {
    for (const item of items) {
      let value: unknown
      try {
        if (item.kind === 'value') value = item.value
        else if (item.kind === 'line')
          value = processor.parseLine?.(item.text, item.location) ?? JSON.parse(item.text)
        else continue
      } catch {
        continue
      }
      records.push(...(processor.recordsOf?.(value) ?? [value]))
    }
  }
  return records
}

/**
 * A few records of each golden input, spread over it, among those the skill processes on their own: a
 * variant of a record the skill drops at once (another stage, another class) would test little.
 */
async function seedsOf(skill: AnyRecordSkill): Promise<Seed[]> {
  const seeds: Seed[] = []
  for (const golden of goldenInputsOf(skill.name)) {
    const processor = await createProcessor(skill, golden.options)
    const records: unknown[] = []
    const lines: string[] = []
    for (const file of golden.files) {
      const text = fileText(file)
      lines.push(...text.split('\n').filter((line) => line.trim().length > 0))
      const candidates = await recordsOfFile(processor, file, text)
      const used: unknown[] = []
      for (const record of candidates) {
        const run = await runHostile(skill, golden.options, toHostileLine(record))
        if (run.reporter.processed === 1) used.push(record)
      }
      const pool = used.length > 0 ? used : candidates
      const step = Math.max(1, Math.floor(pool.length / RECORDS_PER_INPUT))
      for (
        let index = 0, taken = 0;
        index < pool.length && taken < RECORDS_PER_INPUT;
        index += step, taken += 1
      ) {
        records.push(pool[index])
      }
    }
    seeds.push({ scenario: golden.scenario, options: golden.options, records, lines })
  }
  return seeds
}

/** Runs a processor over raw input the way the harness does, collecting output and warnings. */
async function runHostile(skill: AnyRecordSkill, options: readonly string[], input: string | Buffer) {
  const processor = await createProcessor(skill, options)
  const sink = new PassThrough()
  const chunks: Buffer[] = []
  sink.on('data', (chunk: Buffer) => chunks.push(chunk))
  const warnings: string[] = []
  const reporter = new Reporter({
    skill: skill.name,
    writeStderr: (line) => warnings.push(line),
    quiet: true,
  })
  const runner = new RecordRunner(processor, reporter, Output.toStream(sink))
  let readError: Error | undefined
  try {
    await runner.consume(readInputItems(inputFromText('hostile.jsonl', input)))
  } catch (error) {
    readError = error as Error
  }
  await runner.finish()
  sink.end()
  const run: HostileRun = { output: Buffer.concat(chunks).toString('utf8'), reporter, warnings, readError }
  return run
}

function isGzip(input: string | Buffer): boolean {
  const bytes = Buffer.from(input)
  return bytes[0] === 0x1f && bytes[1] === 0x8b
}

function hasContent(input: string | Buffer): boolean {
  return Buffer.from(input).toString('utf8').trim().length > 0
}

interface Tolerance {
  /** Records nested past what the runtime can serialise may be skipped for it (and only for it). */
  readonly stackOverflow?: boolean
  /** Parse a Mermaid document with Mermaid itself (slow), or check only its first line. */
  readonly parseMermaid?: boolean
}

/** Every invariant of one run, as readable problems; an empty list means the run kept them all. */
async function problemsOf(
  skill: AnyRecordSkill,
  layer: string,
  input: string | Buffer,
  run: HostileRun,
  tolerance: Tolerance = {},
): Promise<string[]> {
  const problems: string[] = []
  if (run.readError !== undefined && !isGzip(input)) problems.push(`reading threw: ${run.readError.message}`)
  const { reporter } = run
  if (!reporter.isBalanced()) problems.push(`not every record is accounted for: ${reporter.summary()}`)
  if (hasContent(input) && reporter.read === 0 && run.readError === undefined)
    problems.push('an input with content was read as no record')
  const threw = reporter.skipped.get('processing error') ?? 0
  if (threw > 0) {
    const thrown = run.warnings.filter((line) => line.includes('skipped: processing error'))
    const unexpected = tolerance.stackOverflow
      ? thrown.filter((line) => !line.includes(STACK_OVERFLOW))
      : thrown
    if (unexpected.length > 0)
      problems.push(`${threw} record(s) made the skill throw: ${unexpected.slice(0, 3).join(' | ')}`)
  }
  if (layer === 'view') {
    const parseMermaid = tolerance.parseMermaid ?? true
    for (const problem of await viewDocumentProblems(run.output, { parseMermaid }))
      problems.push(`document: ${problem}`)
  } else {
    const lines = run.output.split('\n').filter((line) => line.length > 0)
    if (lines.length !== reporter.emitted)
      problems.push(`emitted ${reporter.emitted} but wrote ${lines.length} lines`)
    lines.forEach((line, index) => {
      let event: unknown
      try {
        event = JSON.parse(line)
      } catch {
        problems.push(`output line ${index + 1} is not JSON`)
        return
      }
      for (const problem of ocsfProblems(event).slice(0, 3)) problems.push(`event ${index + 1}: ${problem}`)
    })
  }
  if (problems.length > 0) problems.unshift(`${skill.name}: ${reporter.summary()}`)
  return problems
}

interface Variant {
  readonly label: string
  /** The options of the golden run the record comes from. */
  readonly options: readonly string[]
  readonly line: string
}

/** A field's place whatever the array index: records of one shape share their shapes. */
function shapeOf(path: FieldPath): string {
  return path.map((key) => (typeof key === 'number' ? '[]' : key)).join('.')
}

/** Where a variant starts: a golden record, the options its golden run used, and the field to vary. */
interface VariedField {
  readonly scenario: string
  readonly options: readonly string[]
  readonly record: unknown
  readonly path: FieldPath
}

/**
 * Every different field of a skill's golden records (up to VARIED_FIELDS), each in the first record
 * that has it: findings of every detector and events of every source are varied, field by field.
 */
function variedFields(seeds: readonly Seed[], keep: (value: unknown) => boolean = () => true): VariedField[] {
  const seen = new Set<string>()
  const fields: VariedField[] = []
  for (const seed of seeds) {
    for (const record of seed.records) {
      for (const path of [[], ...fieldPaths(record, PATHS_PER_RECORD)] as FieldPath[]) {
        const shape = shapeOf(path)
        if (seen.has(shape) || !keep(valueAt(record, path))) continue
        seen.add(shape)
        fields.push({ scenario: seed.scenario, options: seed.options, record, path })
        if (fields.length >= VARIED_FIELDS) return fields
      }
    }
  }
  return fields
}

const PROTOTYPES = prototypeSnapshot()

/** What a run changed on the built-in prototypes, as problems; anything it added is removed again. */
function prototypeProblems(): string[] {
  const changes = prototypeChanges(PROTOTYPES, prototypeSnapshot())
  removeAddedProperties(PROTOTYPES)
  return changes.map((change) => `prototype: ${change}`)
}

describe.each(SKILLS)('$name under hostile input', (folder) => {
  const skill = definitions.get(folder.name)
  let seeds: Seed[] = []
  let options: readonly string[] = []
  let allLines: string[] = []
  let allRecords: Array<{ options: readonly string[]; record: unknown }> = []

  beforeAll(async () => {
    if (skill === undefined) return
    seeds = await seedsOf(skill)
    options = seeds[0]?.options ?? []
    allLines = seeds.flatMap((seed) => [...seed.lines])
    // fast-check needs one value to pick from; the first test fails for a skill without golden input.
    if (allLines.length === 0) allLines = ['{}']
    allRecords = seeds.flatMap((seed) => seed.records.map((record) => ({ options: seed.options, record })))
  })

  /** Runs one input and asserts every invariant, and that no prototype changed. */
  async function expectKept(input: string | Buffer, runOptions = options, tolerance: Tolerance = {}) {
    if (skill === undefined) throw new Error('no definition')
    const run = await runHostile(skill, runOptions, input)
    const problems = await problemsOf(skill, folder.layer, input, run, tolerance)
    problems.push(...prototypeProblems())
    expect(problems).toEqual([])
    return run
  }

  it('is a record skill built by runRecordSkill, with golden records to vary', () => {
    expect(loadErrors.get(folder.name), `${folder.entry} does not load`).toBeUndefined()
    expect(skill, `${folder.entry} does not call runRecordSkill from #shared/cli`).toBeDefined()
    expect(allRecords.length, `${folder.name} has no golden input to vary`).toBeGreaterThan(0)
  })

  it.each(['', '\n\n', '\uFEFF', ' \r\n\t\n'])('reads nothing from empty input %j', async (input) => {
    const run = await expectKept(input)
    expect(run.reporter.read).toBe(0)
    if (folder.layer !== 'view') expect(run.output).toBe('')
  })

  it('keeps every invariant on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        await expectKept(Buffer.from(bytes))
      }),
      { numRuns: RUNS, timeout: PER_RUN_TIMEOUT_MS },
    )
  })

  it('keeps every invariant on golden lines cut short, mixed with JSON and text of any shape', async () => {
    const line = fc.oneof(
      fc.constantFrom(...allLines),
      fc
        .tuple(fc.constantFrom(...allLines), fc.nat())
        .map(([text, cut]) => text.slice(0, cut % Math.max(1, text.length))),
      fc.json({ depthSize: 'medium' }),
      fc.string({ unit: 'binary', maxLength: 200 }),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 12 }), async (lines) => {
        await expectKept(lines.join('\n'))
      }),
      { numRuns: RUNS, timeout: PER_RUN_TIMEOUT_MS },
    )
  })

  it('keeps every invariant on invalid UTF-8 inside golden lines', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...allLines),
        fc.nat(),
        fc.constantFrom(...INVALID_UTF8),
        async (line, offset, bytes) => {
          await expectKept(spliceBytes(line, offset % (line.length + 1), bytes))
        },
      ),
      { numRuns: RUNS, timeout: PER_RUN_TIMEOUT_MS },
    )
  })

  it(`processes values nested up to ${SERIALISABLE_DEPTH} levels in any field`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 64, max: SERIALISABLE_DEPTH }),
        async (pick, field, depth) => {
          const { options: seedOptions, record } = allRecords[pick % allRecords.length] ?? {
            options,
            record: {},
          }
          const paths = fieldPaths(record, PATHS_PER_RECORD)
          const path = paths[field % Math.max(1, paths.length)] ?? []
          await expectKept(toHostileLine(withDeepNesting(record, path), depth), seedOptions)
        },
      ),
      { numRuns: RUNS, timeout: PER_RUN_TIMEOUT_MS },
    )
  })

  it('accounts for values nested far deeper, in a field or as the whole line', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.nat(),
        fc.integer({ min: SERIALISABLE_DEPTH + 1, max: 200_000 }),
        async (pick, field, depth) => {
          const { options: seedOptions, record } = allRecords[pick % allRecords.length] ?? {
            options,
            record: {},
          }
          const paths = fieldPaths(record, PATHS_PER_RECORD)
          const path = paths[field % Math.max(1, paths.length)] ?? []
          const lines = [
            toHostileLine(withDeepNesting(record, path), depth),
            toHostileLine(withDeepNesting({}, []), depth),
          ]
          await expectKept(lines.join('\n'), seedOptions, { stackOverflow: true })
        },
      ),
      { numRuns: Math.min(RUNS, 8), timeout: PER_RUN_TIMEOUT_MS },
    )
  })

  it('keeps every invariant with a huge string in any string field, and a huge line', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1 << 20, max: 4 << 20 }),
        async (pick, field, size) => {
          const { options: seedOptions, record } = allRecords[pick % allRecords.length] ?? {
            options,
            record: {},
          }
          const stringPaths = fieldPaths(record, PATHS_PER_RECORD).filter(
            (path) => typeof valueAt(record, path) === 'string',
          )
          const path = stringPaths[field % Math.max(1, stringPaths.length)]
          const huge = 'A'.repeat(size)
          const varied = path === undefined ? record : withValueAt(record, path, huge)
          await expectKept(`${toHostileLine(varied)}\n${huge}\n`, seedOptions)
        },
      ),
      { numRuns: Math.min(RUNS, 4), timeout: PER_RUN_TIMEOUT_MS },
    )
  })

  it('takes a wrong type, an edge value or no value in any field of golden records', async () => {
    const variants: Variant[] = []
    for (const { scenario, options: seedOptions, record, path } of variedFields(seeds)) {
      if (path.length === 0) continue
      for (const wrong of wrongValuesFor(valueAt(record, path))) {
        const value = wrong === ABSENT ? '(absent)' : JSON.stringify(wrong)
        const line = toHostileLine(withValueAt(record, path, wrong))
        variants.push({ label: `${scenario}: ${path.join('.')} = ${value}`, options: seedOptions, line })
      }
    }
    await expectEachKept(variants)
  })

  it('never lets __proto__, constructor or prototype keys in any object reach a prototype', async () => {
    const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value)
    const variants: Variant[] = []
    for (const { scenario, options: seedOptions, record, path } of variedFields(seeds, isObject)) {
      const label = `${scenario}: keys added at ${path.join('.') || '(the record)'}`
      variants.push({ label, options: seedOptions, line: toHostileLine(withPollutingKeys(record, path)) })
    }
    await expectEachKept(variants)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  /**
   * Each variant in a run of its own, so state one variant leaves (a request id seen, a finding open)
   * cannot hide the next; a failure names the variants that broke an invariant, up to ten of them.
   */
  async function expectEachKept(variants: readonly Variant[]) {
    if (skill === undefined) throw new Error('no definition')
    const failures: string[] = []
    const parseEvery = Math.max(1, Math.ceil(variants.length / MERMAID_PARSES))
    let read = 0
    for (const [index, { label, line, options: runOptions }] of variants.entries()) {
      const run = await runHostile(skill, runOptions, line)
      read += run.reporter.read
      const problems = await problemsOf(skill, folder.layer, line, run, {
        parseMermaid: index % parseEvery === 0,
      })
      problems.push(...prototypeProblems())
      if (problems.length > 0) failures.push(`[${label}] ${problems.join(' | ')}`)
      if (failures.length >= 10) break
    }
    expect(failures, `${variants.length} variants`).toEqual([])
    expect(read).toBeGreaterThanOrEqual(variants.length)
  }
})

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
 * limit per run; FC_SEED replays a seed fast-check reported. The field-by-field variants cover every
 * different field of a skill's golden records (up to 400), each variant in a run of its own; the file
 * takes about a minute on two cores.
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { findSkills } from '../scripts/skills.ts'
import { type Seed, seedsOf, variedFields } from './helpers/golden-seeds.ts'
import { problemsOf, runHostile, type Tolerance } from './helpers/hostile-run.ts'
import {
  ABSENT,
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
import { loadRecordSkills, RECORD_LAYERS } from './helpers/record-skills.ts'

vi.mock('#shared/cli/index.ts', async (importOriginal) => {
  const { captureRecordSkill } = await import('./helpers/record-skills.ts')
  return { ...(await importOriginal<object>()), runRecordSkill: captureRecordSkill }
})

const RUNS = Number(process.env.HOSTILE_RUNS ?? 20)
if (process.env.FC_SEED !== undefined) fc.configureGlobal({ seed: Number(process.env.FC_SEED) })
const PER_RUN_TIMEOUT_MS = 20_000
/** Golden records per input file the random properties start from, spread over the file. */
const RECORDS_PER_INPUT = 6
/**
 * Fields of a skill's golden records varied one by one (each different field once), and fields looked
 * at per record, by the exhaustive and the random properties alike.
 */
const FIELD_LIMITS = { fields: 400, perRecord: 200 }
/** Variants per property whose Mermaid output Mermaid itself parses (spread); the rest get a cheap check. */
const MERMAID_PARSES = 20
/**
 * Up to this depth every skill must process nested values. Past it a skill may skip the record once the
 * JavaScript stack runs out (JSON.stringify recurses; under the test runner the stack holds a few thousand
 * levels, in a built script about four thousand): the record is then counted and warned about.
 */
const SERIALISABLE_DEPTH = 1000

const SKILLS = findSkills().filter((skill) => RECORD_LAYERS.has(skill.layer))
const { definitions, loadErrors } = await loadRecordSkills(SKILLS)

interface Variant {
  readonly label: string
  /** The options of the golden run the record comes from. */
  readonly options: readonly string[]
  readonly line: string
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
    seeds = await seedsOf(skill, RECORDS_PER_INPUT)
    options = seeds[0]?.options ?? []
    allLines = seeds.flatMap((seed) => [...seed.lines])
    // fast-check needs one value to pick from; the first test fails for a skill without golden input.
    if (allLines.length === 0) allLines = ['{}']
    allRecords = seeds.flatMap((seed) => seed.records.map((record) => ({ options: seed.options, record })))
  })

  /** A golden record, with the options of its run, chosen by a number fast-check draws. */
  function recordAt(pick: number): { options: readonly string[]; record: unknown } {
    return allRecords[pick % allRecords.length] ?? { options, record: {} }
  }

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
          const { options: seedOptions, record } = recordAt(pick)
          const paths = fieldPaths(record, FIELD_LIMITS.perRecord)
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
          const { options: seedOptions, record } = recordAt(pick)
          const paths = fieldPaths(record, FIELD_LIMITS.perRecord)
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
          const { options: seedOptions, record } = recordAt(pick)
          const stringPaths = fieldPaths(record, FIELD_LIMITS.perRecord).filter(
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
    for (const { scenario, options: seedOptions, record, path } of variedFields(seeds, FIELD_LIMITS)) {
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
    for (const { scenario, options: seedOptions, record, path } of variedFields(
      seeds,
      FIELD_LIMITS,
      isObject,
    )) {
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

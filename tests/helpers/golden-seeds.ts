/**
 * Real records to start hostile variants from: a skill's golden inputs, unwrapped by the skill itself,
 * keeping records the skill processes on their own (a variant of a record it drops at once, another
 * stage or another class, would test little), and the different fields those records hold.
 */
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { inputFromText, type RecordProcessor, readInputItems } from '#shared/io/index.ts'
import { runHostile } from './hostile-run.ts'
import { type FieldPath, fieldPaths, toHostileLine, valueAt } from './hostile-values.ts'
import { type AnyRecordSkill, createProcessor, goldenInputsOf } from './record-skills.ts'

export interface Seed {
  readonly scenario: string
  /** The options of the golden run the records come from. */
  readonly options: readonly string[]
  readonly records: readonly unknown[]
  /** Non-blank lines of the golden input files, as written. */
  readonly lines: readonly string[]
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

/** Up to `perFile` records of each golden input file, spread over it, among those the skill processes. */
export async function seedsOf(skill: AnyRecordSkill, perFile: number): Promise<Seed[]> {
  const seeds: Seed[] = []
  for (const golden of goldenInputsOf(skill.name)) {
    const processor = await createProcessor(skill, golden.options)
    const records: unknown[] = []
    const lines: string[] = []
    for (const file of golden.files) {
      const text = fileText(file)
      lines.push(...text.split('\n').filter((line) => line.trim().length > 0))
      const candidates = await recordsOfFile(processor, file, text)
      const processed: unknown[] = []
      for (const record of candidates) {
        const run = await runHostile(skill, golden.options, toHostileLine(record))
        if (run.reporter.processed === 1) processed.push(record)
      }
      const pool = processed.length > 0 ? processed : candidates
      const step = Math.max(1, Math.floor(pool.length / perFile))
      for (let index = 0; index < pool.length && index < step * perFile; index += step)
        records.push(pool[index])
    }
    seeds.push({ scenario: golden.scenario, options: golden.options, records, lines })
  }
  return seeds
}

/** Where a variant starts: a golden record, the options its golden run used, and the field to vary. */
export interface VariedField {
  readonly scenario: string
  readonly options: readonly string[]
  readonly record: unknown
  /** Empty for the record itself. */
  readonly path: FieldPath
}

/** A field's place whatever the array index: records of one shape share their shapes. */
function shapeOf(path: FieldPath): string {
  return path.map((key) => (typeof key === 'number' ? '[]' : key)).join('.')
}

export interface FieldLimits {
  /** Fields returned at most. */
  readonly fields: number
  /** Fields looked at per record; the breadth-first walk reaches every top-level field first. */
  readonly perRecord: number
}

/**
 * Every different field of the seeds' records (the record itself first), each in the first record that
 * has it, that `keep` accepts: findings of every detector and events of every source, field by field.
 */
export function variedFields(
  seeds: readonly Seed[],
  limits: FieldLimits,
  keep: (value: unknown) => boolean = () => true,
): VariedField[] {
  const seen = new Set<string>()
  const fields: VariedField[] = []
  for (const seed of seeds) {
    for (const record of seed.records) {
      for (const path of [[], ...fieldPaths(record, limits.perRecord)] as FieldPath[]) {
        const shape = shapeOf(path)
        if (seen.has(shape) || !keep(valueAt(record, path))) continue
        seen.add(shape)
        fields.push({ scenario: seed.scenario, options: seed.options, record, path })
        if (fields.length >= limits.fields) return fields
      }
    }
  }
  return fields
}

/**
 * Reads a labelled corpus file: its records in order (label line N describes record N), and each
 * record's labels in one form whatever the label format. Panther labels that depend on the test's mocks
 * are kept but marked, so the score can leave them out; Stratus records that are not the attack call
 * of their technique are context, which is benign.
 */
import { readFileSync } from 'node:fs'
import { asObject } from '#shared/json/index.ts'
import type { LabelFormat } from './mapping-types.ts'

export interface EventLabel {
  /** A Panther rule id or a Stratus technique id. */
  readonly id: string
  readonly test: string | undefined
  /** Whether the labelled behaviour happened in this record (a Panther rule must fire; a Stratus attack call). */
  readonly expected: boolean
  /** Panther's expected result depends on mocks or enrichment absent from the record. */
  readonly mocked: boolean
}

export interface LabelledRecord {
  readonly index: number
  readonly labels: readonly EventLabel[]
  /** Known to be harmless whatever rule fires on it. */
  readonly benign: boolean
}

/** The records of a data file, each as one line of JSON text, in label order. */
export function readRecords(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  if (file.endsWith('.jsonl')) return text.replace(/\n$/, '').split('\n')
  const document = JSON.parse(text) as unknown
  const records = Array.isArray(document) ? document : asObject(document)?.Records
  if (!Array.isArray(records))
    throw new Error(`${file}: neither a JSON array nor a {"Records": [...]} document`)
  return records.map((record) => JSON.stringify(record))
}

interface PantherLine {
  readonly index: number
  readonly labels: ReadonlyArray<{
    rule_id: string
    test_name: string
    expected_result: boolean
    test_uses_mocks: boolean
  }>
}

interface StratusLine {
  readonly index: number
  readonly eventName: string
  readonly stratus_technique: string
}

function pantherRecord(line: PantherLine): LabelledRecord {
  const labels = line.labels.map((label) => ({
    id: label.rule_id,
    test: label.test_name,
    expected: label.expected_result,
    mocked: label.test_uses_mocks,
  }))
  // A Panther negative only says that one rule must stay quiet, not that the record is harmless.
  return { index: line.index, labels, benign: false }
}

function stratusRecord(
  line: StratusLine,
  attackCalls: Readonly<Record<string, readonly string[]>>,
): LabelledRecord {
  const calls = Object.hasOwn(attackCalls, line.stratus_technique)
    ? attackCalls[line.stratus_technique]
    : undefined
  if (calls === undefined)
    throw new Error(`Stratus technique ${line.stratus_technique} has no attack calls in the score mapping`)
  const expected = calls.includes(line.eventName)
  const label = { id: line.stratus_technique, test: line.eventName, expected, mocked: false }
  return { index: line.index, labels: [label], benign: !expected }
}

export function readLabels(
  file: string,
  format: LabelFormat,
  attackCalls: Readonly<Record<string, readonly string[]>>,
): LabelledRecord[] {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
  return lines.map((line, position) => {
    const parsed = JSON.parse(line) as PantherLine & StratusLine
    if (parsed.index !== position)
      throw new Error(`${file}: line ${position + 1} describes record ${parsed.index}`)
    return format === 'panther' ? pantherRecord(parsed) : stratusRecord(parsed, attackCalls)
  })
}

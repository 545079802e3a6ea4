/** The scoring method of scripts/scoring, on small made-up records: what counts as a hit, a miss, a false alarm. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type LabelledRecord, readLabels, readRecords } from '../scripts/scoring/corpus-labels.ts'
import { formatReport } from '../scripts/scoring/report.ts'
import { scoreRule, totalsOf } from '../scripts/scoring/tally.ts'

function record(index: number, labels: Array<[string, boolean, boolean?]>, benign = false): LabelledRecord {
  return {
    index,
    benign,
    labels: labels.map(([id, expected, mocked]) => ({
      id,
      test: `t${index}`,
      expected,
      mocked: mocked ?? false,
    })),
  }
}

const RECORDS = [
  record(0, [['Backdoor', true]]),
  record(1, [['Backdoor', true]]),
  record(2, [['Backdoor', false]]),
  record(3, [['Other', true]]),
  record(4, [['Backdoor', true, true]]),
  record(5, [['technique', false]], true),
  record(6, [['Other', false]]),
]

function fired(...indexes: number[]) {
  return new Map(indexes.map((index) => [index, new Set(['rule-a'])]))
}

describe('scoreRule', () => {
  it('counts hits, misses, false alarms, firings no label judges, and mocked records', () => {
    const score = scoreRule(
      'rule-a',
      'aws',
      [{ label: 'Backdoor' }],
      [{ name: 'f', records: RECORDS, fired: fired(0, 2, 3, 4, 5, 6) }],
    )
    expect(score.truePositives.map((ref) => ref.record)).toEqual(['f#0'])
    expect(score.falseNegatives.map((ref) => ref.record)).toEqual(['f#1'])
    // Record 2 is a negative of a label the rule answers for; record 5 is benign context.
    expect(score.falsePositives.map((ref) => ref.record)).toEqual(['f#2', 'f#5'])
    // Records 3 and 6 carry only labels of other rules: nothing says whether firing there is right.
    expect(score.outside.map((ref) => ref.record)).toEqual(['f#3', 'f#6'])
    expect(score.mocked).toBe(1)
    expect(totalsOf([score])).toEqual({
      truePositives: 1,
      falsePositives: 2,
      falseNegatives: 1,
      recall: 0.5,
      precision: 1 / 3,
    })
  })

  it('answers only for the tests a label selection names', () => {
    const score = scoreRule(
      'rule-a',
      'aws',
      [{ label: 'Backdoor', tests: ['t1'] }],
      [{ name: 'f', records: RECORDS, fired: fired() }],
    )
    expect(score.falseNegatives.map((ref) => ref.record)).toEqual(['f#1'])
    expect(score.mocked).toBe(0)
  })

  it('reports perfect ratios when there was nothing to find and nothing fired', () => {
    expect(totalsOf([])).toMatchObject({ recall: 1, precision: 1 })
  })
})

describe('corpus files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scoring-'))

  it('reads Stratus labels: the attack call is positive, the calls around it are benign context', () => {
    const file = join(dir, 'stratus.labels.jsonl')
    writeFileSync(
      file,
      [
        '{"index":0,"eventName":"DescribeTrails","stratus_technique":"aws.defense-evasion.cloudtrail-stop"}',
        '{"index":1,"eventName":"StopLogging","stratus_technique":"aws.defense-evasion.cloudtrail-stop"}',
      ].join('\n'),
    )
    const labels = readLabels(file, 'stratus', { 'aws.defense-evasion.cloudtrail-stop': ['StopLogging'] })
    expect(labels.map((entry) => [entry.benign, entry.labels[0]?.expected])).toEqual([
      [true, false],
      [false, true],
    ])
    expect(() => readLabels(file, 'stratus', {})).toThrow(/has no attack calls/)
  })

  it('reads records one a line from JSONL and from a Records document, in label order', () => {
    const lines = join(dir, 'records.jsonl')
    writeFileSync(lines, '{"a":1}\nnot json\n')
    expect(readRecords(lines)).toEqual(['{"a":1}', 'not json'])
    const document = join(dir, 'records.json')
    writeFileSync(document, JSON.stringify({ Records: [{ a: 1 }, { b: 2 }] }, null, 2))
    expect(readRecords(document)).toEqual(['{"a":1}', '{"b":2}'])
  })

  it('refuses a label file whose lines do not follow the records', () => {
    const file = join(dir, 'panther.labels.jsonl')
    writeFileSync(file, '{"index":1,"labels":[]}\n')
    expect(() => readLabels(file, 'panther', {})).toThrow(/line 1 describes record 1/)
  })
})

describe('formatReport', () => {
  it('lists the rules no labelled record can judge, with why, after the scored ones', () => {
    const scored = scoreRule(
      'rule-a',
      'gcp',
      [{ label: 'Backdoor' }],
      [{ name: 'f', records: RECORDS, fired: fired(0) }],
    )
    const text = formatReport({
      providers: [
        {
          provider: 'gcp',
          rules: [scored],
          totals: totalsOf([scored]),
          unlisted: new Map(),
          unscored: [{ rule: 'rule-b', reason: 'no labelled record opens a port' }],
          records: RECORDS.length,
          findings: 1,
        },
      ],
      totals: totalsOf([scored]),
    })
    expect(text).toContain('| rule-a | 1  | 0  | 1  | 0       | 1      |')
    expect(text).toContain('Rules no labelled record can judge:\n  rule-b  no labelled record opens a port\n')
    expect(text).not.toMatch(/\| rule-b/)
  })
})

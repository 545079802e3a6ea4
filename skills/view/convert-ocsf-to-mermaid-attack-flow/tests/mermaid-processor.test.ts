/** Findings to a Mermaid attack flow, checked by parsing the output with Mermaid itself. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { decodeLabel, parseFlowchart } from '../../../../tests/helpers/mermaid-parser.ts'
import { GOLDEN } from '../../../../tests/helpers/paths.ts'
import {
  createMermaidProcessor,
  MERMAID_MAX_TEXT_CHARS,
  type MermaidOptions,
} from '../src/mermaid-processor.ts'
import { BLANK_LABEL } from '../src/mermaid-text.ts'

const FINDINGS = readFileSync(join(GOLDEN, 'k8s-privilege-escalation', 'expected.findings.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Record<string, unknown>)

const OPTIONS: MermaidOptions = { fenced: false, maxNodes: 60, maxEdges: 120 }

async function convert(records: readonly unknown[], options: MermaidOptions = OPTIONS) {
  const run = await runProcessor(createMermaidProcessor(options), records)
  return { text: run.text, run }
}

/** A minimal Detection Finding by one actor on one target. */
function finding(index: number, actor: string, target: string, severityId = 4) {
  return {
    class_uid: 2004,
    time: 1_772_443_304_000 + index * 1000,
    severity_id: severityId,
    finding_info: {
      uid: `f-${index}`,
      title: 'Sensitive secret read',
      analytic: { uid: 'k8s-sensitive-secret-read', name: 'Sensitive secret read' },
      attacks: [
        {
          technique: { uid: 'T1552', name: 'Unsecured Credentials' },
          sub_technique: { uid: 'T1552.007', name: 'Container API' },
        },
      ],
    },
    evidences: [{ actor: { user: { name: actor } } }],
    resources: [{ type: 'secrets', namespace: 'payments', name: target }],
    metadata: {},
  }
}

describe('convert-ocsf-to-mermaid-attack-flow', () => {
  it('draws actors, techniques and targets that Mermaid parses as a flowchart', async () => {
    const { text } = await convert(FINDINGS)
    const chart = await parseFlowchart(text)
    const labels = [...chart.vertices.values()].map((vertex) => decodeLabel(vertex.text ?? ''))
    expect(labels).toContain('bob@example.com')
    expect(labels).toContain(
      'T1098 Account Manipulation<br>Binding to a powerful role, or by a non-administrator',
    )
    expect(labels).toContain('clusterrolebindings bob-admin')
    expect(chart.vertices.size).toBe(18)
    for (const edge of chart.edges) {
      expect(chart.vertices.has(edge.start)).toBe(true)
      expect(chart.vertices.has(edge.end)).toBe(true)
    }
  })

  it('chains one actor’s techniques in the order they were first seen', async () => {
    const { text } = await convert(FINDINGS)
    const chart = await parseFlowchart(text)
    const sequence = chart.edges.filter((edge) => edge.stroke === 'dotted')
    expect(
      sequence.map((edge) => [
        chart.vertices.get(edge.start)?.text,
        chart.vertices.get(edge.end)?.text,
        edge.text,
      ]),
    ).toEqual([
      [
        'T1552.007 Container API<br>Service account listed secrets, then read one',
        'T1550.001 Application Access Token<br>Service account requested or reviewed tokens',
        'then',
      ],
    ])
  })

  it('colours every node by the worst severity touching it, with one classDef per severity', async () => {
    const { text } = await convert(FINDINGS)
    const chart = await parseFlowchart(text)
    expect([...chart.classes.keys()]).toEqual([
      'unknown',
      'info',
      'low',
      'medium',
      'high',
      'critical',
      'fatal',
    ])
    const classOf = (label: string) =>
      [...chart.vertices.values()].find((vertex) => decodeLabel(vertex.text ?? '') === label)?.classes
    expect(classOf('bob@example.com')).toEqual(['critical'])
    expect(classOf('system:serviceaccount:payments:web')).toEqual(['high'])
    expect(classOf('alice@example.com')).toEqual(['medium'])
  })

  it('gives the same text, ids included, whatever the order of its input', async () => {
    const forward = await convert(FINDINGS)
    const backward = await convert([...FINDINGS].reverse())
    expect(backward.text).toBe(forward.text)
    expect(forward.text).toMatch(/^ {2}a_[0-9a-f]{10}\(\["bob@example\.com"\]\)$/m)
  })

  it('merges repeated findings of one actor and rule into one step, saying how many', async () => {
    const { text } = await convert([finding(1, 'mallory', 'db-password'), finding(2, 'mallory', 'api-token')])
    const chart = await parseFlowchart(text)
    expect(chart.vertices.size).toBe(4)
    expect(chart.edges.map((edge) => edge.text)).toEqual(['2 findings', '', ''])
  })

  it('keeps any text inside its label', async () => {
    const anyText = fc.string({ unit: 'binary', maxLength: 60 })
    await fc.assert(
      fc.asyncProperty(anyText, anyText, async (actor, target) => {
        const { text } = await convert([finding(1, actor, target)])
        const chart = await parseFlowchart(text)
        expect(chart.vertices.size).toBe(3)
        expect(chart.edges).toHaveLength(2)
        const labels = [...chart.vertices.values()].map((vertex) => decodeLabel(vertex.text ?? ''))
        // An empty name is no name; one of only spaces is a name Mermaid could not show.
        let shown = actor.replace(/\s+/g, ' ').trim()
        if (actor === '') shown = 'unknown actor'
        else if (shown === '') shown = BLANK_LABEL
        expect(labels).toContain(shown)
      }),
      { numRuns: 100 },
    )
  })

  it('cannot be broken out of by a hostile name', async () => {
    const hostile =
      'x"]\n  click a_1 call alert()\n%%{init: {"securityLevel": "loose"}}%%\n<img src=x onerror=alert(1)>'
    const { text } = await convert([finding(1, hostile, 'db-password')])
    expect(text).not.toMatch(/^\s*(click|%%)/m)
    expect(text).not.toContain('<img')
    const chart = await parseFlowchart(text)
    expect(chart.vertices.size).toBe(3)
    expect(chart.edges).toHaveLength(2)
    const actor = [...chart.vertices.keys()].find((id) => id.startsWith('a_')) ?? ''
    expect(decodeLabel(chart.vertices.get(actor)?.text ?? '')).toBe(
      `${hostile.replace(/\s+/g, ' ').slice(0, 79)}…`,
    )
  })

  it('stays within its bounds, draws a note for what it left out, and says so on stderr', async () => {
    const many = Array.from({ length: 40 }, (_, index) =>
      finding(index, `user-${index}`, `secret-${index}`, index < 3 ? 5 : 3),
    )
    const { text, run } = await convert(many, { fenced: false, maxNodes: 10, maxEdges: 20 })
    const chart = await parseFlowchart(text)
    // Three findings of three nodes each fit in ten; the note is the eleventh.
    expect(chart.vertices.size).toBe(10)
    expect(decodeLabel(chart.vertices.get('more')?.text ?? '')).toBe('37 less severe finding(s) not shown')
    expect(
      [...chart.vertices.values()].filter((vertex) => vertex.classes?.includes('critical')),
    ).toHaveLength(9)
    expect(run.warnings.join('\n')).toContain('left out 37 less severe finding(s)')
    expect(chart.accDescription).toBe(
      '3 finding(s) as actors, ATT&CK techniques and targets; 37 more left out',
    )
  })

  it('stays under Mermaid’s text limit even with the largest bounds and long labels', async () => {
    const wide = '€'.repeat(200)
    const many = Array.from({ length: 400 }, (_, index) =>
      finding(index, `${wide}${index}`, `${wide}${index}`),
    )
    const { text, run } = await convert(many, { fenced: false, maxNodes: 300, maxEdges: 500 })
    expect(text.length).toBeLessThanOrEqual(MERMAID_MAX_TEXT_CHARS)
    await parseFlowchart(text)
    expect(run.warnings.join('\n')).toMatch(/left out \d+ less severe finding/)
  })

  it('wraps the diagram in a fenced block with --fenced', async () => {
    const { text } = await convert(FINDINGS, { ...OPTIONS, fenced: true })
    expect(text.startsWith('```mermaid\nflowchart LR\n')).toBe(true)
    expect(text.endsWith('\n```\n')).toBe(true)
    await parseFlowchart(text.slice('```mermaid\n'.length, -'```\n'.length))
  })

  it('draws failed compliance checks from their benchmark, and drops passing ones and activity events', async () => {
    const failed = {
      class_uid: 2003,
      time: 1_772_443_872_000,
      severity_id: 4,
      compliance: {
        status_id: 3,
        control: '1.4',
        standards: ['CIS Amazon Web Services Foundations Benchmark v3.0.0'],
      },
      finding_info: {
        uid: 'c1',
        title: 'Ensure no root user account access key exists',
        analytic: { uid: 'cis-aws-1.4', name: 'Ensure no root user account access key exists' },
      },
      resources: [{ type: 'AWS::IAM::User', uid: 'arn:aws:iam::123456789012:root' }],
      metadata: {},
    }
    const passing = { ...failed, compliance: { ...failed.compliance, status_id: 1 } }
    const { text, run } = await convert([failed, passing, { class_uid: 6003, time: 1 }])
    const chart = await parseFlowchart(text)
    expect(
      [...chart.vertices.values()].map((vertex) => [
        decodeLabel(vertex.text ?? ''),
        (vertex as { type?: string }).type,
      ]),
    ).toEqual([
      ['CIS Amazon Web Services Foundations Benchmark v3.0.0', 'hexagon'],
      ['no ATT&CK technique<br>1.4 Ensure no root user account access key exists', 'square'],
      ['AWS::IAM::User arn:aws:iam::123456789012:root', 'cylinder'],
    ])
    expect(run.reporter.dropped).toEqual(
      new Map([
        ['compliance check that did not fail', 1],
        ['not a Detection or Compliance Finding', 1],
      ]),
    )
  })

  it('draws an empty picture that still parses, and skips records that are not findings', async () => {
    const { text, run } = await convert([{ class_uid: 2004, time: 5 }, 'text'])
    const chart = await parseFlowchart(text)
    expect(decodeLabel(chart.vertices.get('empty')?.text ?? '')).toBe('No findings')
    expect(run.reporter.skipped).toEqual(
      new Map([
        ['finding without finding_info.uid, a title or a time', 1],
        ['not a JSON object', 1],
      ]),
    )
  })
})

/** The built script as a user runs it on files: formats, usage errors, unreadable input, skipped records and times. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runSkill, summaryOf } from '../../../../tests/helpers/run-skill.ts'
import type { InventoryGraph } from '../src/inventory-graph.ts'

const SKILL = 'discover-environment'
const MESSY = join(import.meta.dirname, 'fixtures', 'messy-environment.yaml')
const SMALL =
  'provider: azure\naccount: 00000000-1111-2222-3333-444444444444\nresources:\n  - { uid: fn, type: function }\n'

describe('discover-environment on files', () => {
  it('writes the graph as JSON by default, from standard input, at the time given', () => {
    const run = runSkill(SKILL, ['-', '--observed-at', '2026-03-02T09:00:00Z'], { input: SMALL })
    expect(run.status).toBe(0)
    const graph = JSON.parse(run.stdout) as InventoryGraph
    expect(graph).toMatchObject({ provider: 'azure', observed_at: '2026-03-02T09:00:00.000Z' })
    expect(graph.nodes.map((node) => node.uid)).toEqual(['fn', 'T1648'])
    expect(summaryOf(run.stderr).line).toBe(
      'discover-environment: read 1, processed 1, dropped 0, skipped 0, emitted 2; 2 node(s), 1 edge(s), 1 exposed resource(s)',
    )
  })

  it('skips bad records with a warning naming the line, and still succeeds', () => {
    const run = runSkill(SKILL, [MESSY, '--observed-at', '2026-03-02T09:00:00Z', '--format', 'ocsf'])
    expect(run.status).toBe(0)
    expect(run.stderr).toMatch(/messy-environment\.yaml:9: skipped: invalid resource/)
    const summary = summaryOf(run.stderr)
    expect(summary).toMatchObject({ read: 9, processed: 3, skipped: 6, emitted: 2 })
  })

  it.each([
    ['no input and no provider', [], /give one environment file or snapshot/],
    ['two inputs', [MESSY, MESSY], /too many arguments/],
    ['an unknown format', [MESSY, '--format', 'svg'], /expected one of json, ocsf, mermaid, dot/],
    ['an unknown provider', ['--provider', 'oci'], /expected aws, gcp or azure/],
    ['a project without a provider', [MESSY, '--project', 'example-prod-123'], /--project needs --provider/],
    ['gcp without a project', ['--provider', 'gcp'], /--provider gcp needs --project/],
    [
      'an AWS option for Azure',
      [
        '--provider',
        'azure',
        '--subscription',
        '00000000-1111-2222-3333-444444444444',
        '--region',
        'eu-west-1',
      ],
      /--region does not apply to --provider azure/,
    ],
    [
      'a file with a live provider',
      [MESSY, '--provider', 'aws'],
      /--provider collects live: give no file with it/,
    ],
    ['a zero node budget', [MESSY, '--max-nodes', '0'], /expected a positive whole number/],
    ['collect without a provider', ['collect'], /collect needs --provider/],
  ])('exits 2 for %s', (_name, args, message) => {
    const run = runSkill(SKILL, args)
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stdout).toBe('')
  })

  it('exits 2 when --observed-at contradicts the file’s own time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'discover-'))
    writeFileSync(join(dir, 'timed.yaml'), `observed_at: 2026-03-01T00:00:00Z\n${SMALL}`)
    const run = runSkill(SKILL, [join(dir, 'timed.yaml'), '--observed-at', '2026-03-02T09:00:00Z'])
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/states its own time/)
  })

  it.each([
    ['a missing file', ['no-such-file.yaml'], /no-such-file\.yaml: no such file/],
    ['an unknown provider in the file', ['-'], /stdin: provider must be one of/],
  ])('exits 3 for %s', (_name, args, message) => {
    const run = runSkill(SKILL, args, { input: 'provider: oracle\nresources: []\n' })
    expect(run.status).toBe(3)
    expect(run.stderr).toMatch(message)
  })

  it('exits 3 for malformed YAML, naming the line', () => {
    const run = runSkill(SKILL, ['-'], { input: 'provider: aws\nresources:\n  - uid: [unclosed\n' })
    expect(run.status).toBe(3)
    expect(run.stderr).toMatch(/stdin:\d+: malformed YAML or JSON/)
  })

  it('gives byte-identical output on a rerun', () => {
    const args = [MESSY, '--observed-at', '2026-03-02T09:00:00Z', '--format', 'dot']
    expect(runSkill(SKILL, args).stdout).toBe(runSkill(SKILL, args).stdout)
  })
})

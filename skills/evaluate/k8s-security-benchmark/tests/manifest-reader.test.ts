import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Reporter } from '#shared/io/index.ts'
import { readManifests } from '../src/manifest-reader.ts'

const dir = mkdtempSync(join(tmpdir(), 'manifests-'))

function file(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

function quietReporter(warnings: string[]): Reporter {
  return new Reporter({ skill: 'test', quiet: true, writeStderr: (line) => warnings.push(line) })
}

describe('readManifests', () => {
  it('reads every document of a multi-document YAML file with the line it starts on', async () => {
    const path = file(
      'multi.yaml',
      '# comment\napiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: b}\n',
    )
    const reporter = quietReporter([])
    const objects = await readManifests([path], reporter)
    expect(objects.map((object) => object.source)).toEqual([
      { file: path, line: 2 },
      { file: path, line: 7 },
    ])
    expect(reporter.read).toBe(2)
  })

  it('reads the items of a kubectl List, each at its own line', async () => {
    const list = {
      apiVersion: 'v1',
      kind: 'List',
      items: [
        { kind: 'Pod', metadata: { name: 'a' } },
        { kind: 'Pod', metadata: { name: 'b' } },
      ],
    }
    const path = file('list.json', JSON.stringify(list, null, 2))
    const objects = await readManifests([path], quietReporter([]))
    expect(objects.map((object) => object.source.line)).toEqual([5, 11])
  })

  it('skips a malformed document and a value without kind, naming file and line, and reads the rest', async () => {
    const path = file(
      'broken.yaml',
      'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\nkind: [unclosed\n---\njust a note\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: c}\n',
    )
    const warnings: string[] = []
    const reporter = quietReporter(warnings)
    const objects = await readManifests([path], reporter)
    expect(objects).toHaveLength(2)
    expect(reporter.read).toBe(4)
    expect([...reporter.skipped]).toEqual([
      ['malformed YAML or JSON', 1],
      ['not a Kubernetes object', 1],
    ])
    expect(warnings[0]).toMatch(new RegExp(`^test: ${path}:\\d+: skipped: malformed YAML or JSON`))
    expect(warnings[1]).toBe(`test: ${path}:7: skipped: not a Kubernetes object (no kind)`)
  })
})

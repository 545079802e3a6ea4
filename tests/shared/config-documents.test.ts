/** shared/posture config documents: YAML and JSON with lines, malformed documents named, YAML 1.1 booleans. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError } from '#shared/errors/index.ts'
import {
  MAX_LINE_MAPPED_JSON_CHARS,
  parseConfigDocuments,
  readConfigText,
} from '#shared/posture/config-documents.ts'
import { asYamlBoolean } from '#shared/posture/yaml-boolean.ts'

function documents(text: string) {
  return parseConfigDocuments(text).map((parsed) =>
    parsed.kind === 'document' ? { line: parsed.document.line, value: parsed.document.value } : parsed,
  )
}

describe('parseConfigDocuments', () => {
  it('reads each YAML document with the line its content starts on, leaving out empty ones', () => {
    expect(documents('# head\na: 1\n---\n---\n# note\nb: 2\n...\n')).toEqual([
      { line: 2, value: { a: 1 } },
      { line: 6, value: { b: 2 } },
    ])
  })

  it('finds the line of a map entry by its key and of a sequence item', () => {
    const [parsed] = parseConfigDocuments(
      'services:\n  web:\n    image: a\n  db:\n    image: b\nitems:\n  - x\n  - {y: 1}\n',
    )
    if (parsed?.kind !== 'document') throw new Error('a document')
    expect(parsed.document.lineAt(['services', 'db'])).toBe(4)
    expect(parsed.document.lineAt(['services', 'db', 'image'])).toBe(5)
    expect(parsed.document.lineAt(['items', 1])).toBe(8)
    expect(parsed.document.lineAt(['services', 'cache'])).toBeUndefined()
  })

  it('maps lines in JSON too', () => {
    const [parsed] = parseConfigDocuments('[\n  {"Id": "a"},\n  {"Id": "b"}\n]\n')
    if (parsed?.kind !== 'document') throw new Error('a document')
    expect(parsed.document.lineAt([1])).toBe(3)
  })

  it('reports a malformed document with its line and reads the next', () => {
    const parsed = parseConfigDocuments('a: 1\n---\nb: [1, 2\n---\nc: 3\n')
    expect(parsed.map((item) => item.kind)).toEqual(['document', 'malformed', 'document'])
    expect(parsed[1]).toMatchObject({ kind: 'malformed', line: expect.any(Number) })
  })

  it('refuses duplicate keys, which would hide a setting', () => {
    expect(parseConfigDocuments('privileged: false\nprivileged: true\n')[0]?.kind).toBe('malformed')
  })

  it('stops alias expansion bombs', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'.split('').map((name, index) => {
        const previous = String.fromCharCode('a'.charCodeAt(0) + index)
        return `${name}: &${name} [*${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}]`
      }),
    ].join('\n')
    const [parsed] = parseConfigDocuments(bomb)
    expect(parsed).toMatchObject({ kind: 'malformed', line: 1, reason: expect.stringMatching(/alias/i) })
  })

  it('parses large JSON without line numbers', () => {
    const items = Array.from({ length: 2000 }, (_, index) => ({
      name: `item-${index}`,
      padding: 'x'.repeat(2100),
    }))
    const text = JSON.stringify({ items })
    expect(text.length).toBeGreaterThan(MAX_LINE_MAPPED_JSON_CHARS)
    const [parsed] = parseConfigDocuments(text)
    if (parsed?.kind !== 'document') throw new Error('a document')
    expect(parsed.document.line).toBe(1)
    expect(parsed.document.lineAt(['items', 1])).toBeUndefined()
  })
})

describe('readConfigText', () => {
  const dir = mkdtempSync(join(tmpdir(), 'config-'))
  it('reads a file and refuses what cannot be read with an InputError', async () => {
    writeFileSync(join(dir, 'a.yaml'), 'a: 1\n')
    await expect(readConfigText(join(dir, 'a.yaml'))).resolves.toBe('a: 1\n')
    await expect(readConfigText(join(dir, 'missing.yaml'))).rejects.toThrow(InputError)
    await expect(readConfigText(dir)).rejects.toThrow(/is a directory/)
  })
})

describe('asYamlBoolean', () => {
  it.each([
    [true, true],
    ['yes', true],
    ['On', true],
    ['Y', true],
    ['no', false],
    ['FALSE', false],
    ['maybe', undefined],
    [1, undefined],
  ])('%s reads as %s', (value, expected) => {
    expect(asYamlBoolean(value)).toBe(expected)
  })
})

/** shared/io: how inputs become records — JSONL, JSON documents, gzip, BOM, CRLF, oversized lines. */
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { type InputItem, inputFromText, readInputItems } from '#shared/io/index.ts'

async function items(
  text: string | Buffer,
  limits?: Parameters<typeof readInputItems>[1],
): Promise<InputItem[]> {
  const all: InputItem[] = []
  for await (const batch of readInputItems(inputFromText('in.jsonl', text), limits)) all.push(...batch)
  return all
}

function lines(all: InputItem[]) {
  return all.map((item) =>
    item.kind === 'line' ? [item.location.line, item.text] : [item.kind, item.location.line],
  )
}

describe('readInputItems', () => {
  it('splits JSONL, tolerating a BOM, CRLF, blank lines and a missing final newline', async () => {
    const all = await items('\uFEFF{"a":1}\r\n\r\n  \n{"b":2}\n{"c":3}')
    expect(lines(all)).toEqual([
      [1, '{"a":1}'],
      [4, '{"b":2}'],
      [5, '{"c":3}'],
    ])
  })

  it('reads a pretty-printed JSON document whole, whatever its first line', async () => {
    const document = JSON.stringify({ Records: [{ eventID: 'a' }, { eventID: 'b' }] }, null, 2)
    const all = await items(document)
    expect(all).toEqual([
      {
        kind: 'value',
        value: { Records: [{ eventID: 'a' }, { eventID: 'b' }] },
        location: { source: 'in.jsonl', line: 1 },
      },
    ])
  })

  it('reads a one-line JSON array as a line', async () => {
    expect(lines(await items('[{"a":1},{"a":2}]\n'))).toEqual([[1, '[{"a":1},{"a":2}]']])
  })

  it('falls back to lines when a truncated first line only looks like a document', async () => {
    const all = await items('{"Records": [\n{"a":1}\n{"b":2}\n')
    expect(lines(all)).toEqual([
      [1, '{"Records": ['],
      [2, '{"a":1}'],
      [3, '{"b":2}'],
    ])
  })

  it('reports a broken document once instead of a warning per line', async () => {
    const broken = '{\n  "Records": [\n    {"a": 1},\n    {"b": \n  ]\n}\n'
    const all = await items(broken)
    expect(all).toHaveLength(1)
    expect(all[0]).toMatchObject({ kind: 'skip', reason: 'malformed JSON document', location: { line: 1 } })
  })

  it('undoes gzip', async () => {
    expect(lines(await items(gzipSync('{"a":1}\n{"b":2}\n')))).toEqual([
      [1, '{"a":1}'],
      [2, '{"b":2}'],
    ])
  })

  it('skips an oversized line without holding it, and goes on', async () => {
    const long = `{"x":"${'y'.repeat(5000)}"}`
    const all = await items(`{"a":1}\n${long}\n{"b":2}\n`, { maxLineChars: 1000, maxDocumentChars: 10_000 })
    expect(lines(all)).toEqual([
      [1, '{"a":1}'],
      ['skip', 2],
      [3, '{"b":2}'],
    ])
  })

  it('reads nothing from empty input', async () => {
    expect(await items('')).toEqual([])
    expect(await items('\n\n')).toEqual([])
  })

  it('keeps going through invalid UTF-8', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"a":"'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"}\n{"b":1}\n'),
    ])
    const all = await items(bytes)
    expect(all).toHaveLength(2)
    expect(all[1]).toMatchObject({ kind: 'line', text: '{"b":1}' })
  })
})

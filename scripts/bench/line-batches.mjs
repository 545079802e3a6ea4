/**
 * How the floor and the bound read a benchmark input, as the skills do (shared/io): 64 KiB at a time,
 * gunzipped when compressed, split into lines. Plain JavaScript with no dependencies, so what the floor
 * measures is Node's own work.
 */
import { closeSync, createReadStream, openSync, readSync } from 'node:fs'
import { StringDecoder } from 'node:string_decoder'
import { createGunzip } from 'node:zlib'

const CHUNK_BYTES = 1 << 16

function isGzip(file) {
  const fd = openSync(file, 'r')
  const magic = Buffer.alloc(2)
  const read = readSync(fd, magic, 0, 2, 0)
  closeSync(fd)
  return read === 2 && magic[0] === 0x1f && magic[1] === 0x8b
}

/** The lines of a file, a chunk's worth at a time (empty ones included: callers pass over them). */
export async function* lineBatches(file) {
  const raw = createReadStream(file, { highWaterMark: CHUNK_BYTES })
  const stream = isGzip(file) ? raw.pipe(createGunzip({ chunkSize: CHUNK_BYTES })) : raw
  const decoder = new StringDecoder('utf8')
  let pending = ''
  for await (const chunk of stream) {
    const lines = (pending + decoder.write(chunk)).split('\n')
    pending = lines.pop() ?? ''
    yield lines
  }
  const last = pending + decoder.end()
  if (last.length > 0) yield [last]
}

/** A line's records: the fields of a text line, the elements of a `Records` document, or the line's value. */
export function recordsOfLine(line, text) {
  if (text) return [line.split(' ')]
  const value = JSON.parse(line)
  return Array.isArray(value?.Records) ? value.Records : [value]
}

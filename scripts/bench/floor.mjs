/**
 * The floor every stage is compared with: read the same files as the stage (gunzipping those that are
 * compressed), split them into lines, and JSON.parse and JSON.stringify each record, nothing else. A
 * document of records (`{"Records":[...]}`) is parsed once and each record stringified. With `--text`
 * the lines are not JSON (VPC flow logs): each is split into its fields and the fields stringified.
 * Plain JavaScript, no dependencies, so nothing but Node's own work is measured. Prints the record count.
 */
import { closeSync, createReadStream, openSync, readSync } from 'node:fs'
import { StringDecoder } from 'node:string_decoder'
import { createGunzip } from 'node:zlib'

/** As shared/io reads: 64 KiB at a time. */
const CHUNK_BYTES = 1 << 16

function isGzip(file) {
  const fd = openSync(file, 'r')
  const magic = Buffer.alloc(2)
  const read = readSync(fd, magic, 0, 2, 0)
  closeSync(fd)
  return read === 2 && magic[0] === 0x1f && magic[1] === 0x8b
}

function recordsOf(line, text) {
  if (text) {
    JSON.stringify(line.split(' '))
    return 1
  }
  const value = JSON.parse(line)
  const records = Array.isArray(value?.Records) ? value.Records : [value]
  for (const record of records) JSON.stringify(record)
  return records.length
}

async function countFile(file, text) {
  const raw = createReadStream(file, { highWaterMark: CHUNK_BYTES })
  const stream = isGzip(file) ? raw.pipe(createGunzip({ chunkSize: CHUNK_BYTES })) : raw
  const decoder = new StringDecoder('utf8')
  let pending = ''
  let records = 0
  for await (const chunk of stream) {
    const lines = (pending + decoder.write(chunk)).split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) if (line.length > 0) records += recordsOf(line, text)
  }
  const last = pending + decoder.end()
  if (last.length > 0) records += recordsOf(last, text)
  return records
}

const args = process.argv.slice(2)
const text = args[0] === '--text'
let records = 0
for (const file of text ? args.slice(1) : args) records += await countFile(file, text)
process.stderr.write(`floor: ${records} records\n`)

/**
 * The bound of an ingester: the work no ingester of this input can avoid, which is to read and parse
 * its input and to serialise and write its output, as if mapping one to the other cost nothing. It is
 * timed in one process next to the floor's own work on the same input, and prints both as JSON:
 * `floorMs` (read, parse and stringify the input) and `boundMs` (read and parse the input, stringify and
 * write the ingester's output). Their ratio is the most of the floor that ingester could reach.
 *
 *   node bound.mjs [--text] --output ingested.ocsf.jsonl input-file...
 */
import { closeSync, openSync, writeSync } from 'node:fs'
import { lineBatches, recordsOfLine } from './line-batches.mjs'

function cpuMs(since) {
  const { user, system } = process.cpuUsage(since)
  return (user + system) / 1000
}

/** CPU time of reading, splitting and parsing the input, and of stringifying its records apart. */
async function inputWork(files, text) {
  const started = process.cpuUsage()
  let stringifyMs = 0
  for (const file of files) {
    for await (const lines of lineBatches(file)) {
      for (const line of lines) {
        if (line.length === 0) continue
        const records = recordsOfLine(line, text)
        const before = performance.now()
        for (const record of records) JSON.stringify(record)
        stringifyMs += performance.now() - before
      }
    }
  }
  return { totalMs: cpuMs(started), stringifyMs }
}

/** Time to stringify and write the output's events, a chunk at a time; parsing them back is not counted. */
async function outputWork(file) {
  const sink = openSync('/dev/null', 'w')
  let ms = 0
  for await (const lines of lineBatches(file)) {
    const events = []
    for (const line of lines) if (line.length > 0) events.push(JSON.parse(line))
    const before = performance.now()
    let text = ''
    for (const event of events) text += `${JSON.stringify(event)}\n`
    writeSync(sink, text)
    ms += performance.now() - before
  }
  closeSync(sink)
  return ms
}

const args = process.argv.slice(2)
const text = args[0] === '--text'
if (text) args.shift()
if (args[0] !== '--output' || args.length < 3)
  throw new Error('usage: bound.mjs [--text] --output FILE INPUT...')
const output = args[1]
const input = await inputWork(args.slice(2), text)
const outputMs = await outputWork(output)
const floorMs = input.totalMs
const boundMs = input.totalMs - input.stringifyMs + outputMs
process.stdout.write(`${JSON.stringify({ floorMs, boundMs })}\n`)

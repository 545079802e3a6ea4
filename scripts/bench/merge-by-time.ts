/**
 * Merges the OCSF outputs of every ingester into one stream ordered by event time, as a SIEM export or
 * a fan-in of the pipes would deliver them, so correlating detectors see sources interleaved.
 */
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { FileWriter } from './generators/source-generator.ts'

/** The first `"time":` of an ingester's line is the event's own: ordering only, never detection. */
const TIME = /"time":(\d+)/

interface Head {
  readonly lines: AsyncIterator<string>
  line: string
  time: number
}

async function advance(head: Head): Promise<boolean> {
  const next = await head.lines.next()
  if (next.done) return false
  head.line = next.value
  head.time = Number(TIME.exec(next.value)?.[1] ?? 0)
  return true
}

/** Writes the lines of `files` to `output`, earliest first; returns the number of lines. */
export async function mergeByTime(files: readonly string[], output: string): Promise<number> {
  const heads: Head[] = []
  for (const file of files) {
    const lines = createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY })[
      Symbol.asyncIterator
    ]()
    const head: Head = { lines, line: '', time: 0 }
    if (await advance(head)) heads.push(head)
  }
  const writer = new FileWriter(output)
  let count = 0
  while (heads.length > 0) {
    let earliest = 0
    for (let index = 1; index < heads.length; index += 1) {
      if ((heads[index]?.time ?? 0) < (heads[earliest]?.time ?? 0)) earliest = index
    }
    const head = heads[earliest]
    if (head === undefined) break
    writer.write(`${head.line}\n`)
    count += 1
    if (!(await advance(head))) heads.splice(earliest, 1)
  }
  writer.close()
  return count
}

/** Concatenates files as they are (findings for the converters, which do not care about order). */
export async function concatenate(files: readonly string[], output: string): Promise<number> {
  const writer = new FileWriter(output)
  let count = 0
  for (const file of files) {
    for await (const line of createInterface({
      input: createReadStream(file),
      crlfDelay: Number.POSITIVE_INFINITY,
    })) {
      if (line.length === 0) continue
      writer.write(`${line}\n`)
      count += 1
    }
  }
  writer.close()
  return count
}

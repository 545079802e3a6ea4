/**
 * The floor every stage is compared with: read the same files as the stage (gunzipping those that are
 * compressed), split them into lines, and JSON.parse and JSON.stringify each record, nothing else. A
 * document of records (`{"Records":[...]}`) is parsed once and each record stringified. With `--text`
 * the lines are not JSON (VPC flow logs): each is split into its fields and the fields stringified.
 * Plain JavaScript, no dependencies, so nothing but Node's own work is measured. Prints the record count.
 */
import { lineBatches, recordsOfLine } from './line-batches.mjs'

const args = process.argv.slice(2)
const text = args[0] === '--text'
let records = 0
for (const file of text ? args.slice(1) : args) {
  for await (const lines of lineBatches(file)) {
    for (const line of lines) {
      if (line.length === 0) continue
      const lineRecords = recordsOfLine(line, text)
      for (const record of lineRecords) JSON.stringify(record)
      records += lineRecords.length
    }
  }
}
process.stderr.write(`floor: ${records} records\n`)

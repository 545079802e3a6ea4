/**
 * One CSV line into fields, RFC 4180 quoting: fields may be quoted, a quote inside a quoted field is
 * doubled, and a quoted field may hold commas. HR exports keep one record a line; a quote left open at
 * the end of the line makes the row malformed rather than swallowing the next one.
 */
import { RecordError } from '#shared/errors/index.ts'

export function parseCsvLine(line: string): string[] {
  const fields: string[] = []
  let field = ''
  let quoted = false
  let index = 0
  while (index < line.length) {
    const char = line[index] as string
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        field += '"'
        index += 2
        continue
      }
      if (char === '"') quoted = false
      else field += char
    } else if (char === '"' && field.trim().length === 0) {
      // Spaces before an opening quote are padding, as spreadsheet exports write them.
      field = ''
      quoted = true
    } else if (char === ',') {
      fields.push(field)
      field = ''
    } else {
      field += char
    }
    index += 1
  }
  if (quoted) throw new RecordError('malformed CSV', 'a quoted field is not closed on its line')
  fields.push(field)
  return fields.map((value) => value.trim())
}

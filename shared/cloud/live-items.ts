/** Pages of records from a live API, as the input items the record runner consumes: output streams as pages arrive. */
import type { InputItem } from '../io/index.ts'

/**
 * Each record becomes one item located by the API it came from and its position in the pull
 * (for example `cloudtrail:LookupEvents record 12`), so warnings name it as precisely as a file line.
 */
export async function* liveInputItems(
  source: string,
  pages: AsyncIterable<readonly unknown[]>,
): AsyncGenerator<InputItem[]> {
  let index = 0
  for await (const page of pages) {
    const items: InputItem[] = []
    for (const record of page) {
      items.push({ kind: 'value', value: record, location: { source, index } })
      index += 1
    }
    if (items.length > 0) yield items
  }
}

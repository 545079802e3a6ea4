/**
 * The local chain against its remote copy: every row must be there with the same hash, and the copy may
 * hold no row the log lacks. This is what catches a log cut short, or rewritten whole with fresh hashes.
 */
import type { ChainBreak } from '#shared/remediate/index.ts'

export function compareWithRemote(
  local: ReadonlyMap<number, { hash: string; line: number }>,
  remote: ReadonlyMap<number, string>,
  where: string,
): ChainBreak[] {
  const breaks: ChainBreak[] = []
  for (const [sequence, row] of local) {
    const copied = remote.get(sequence)
    if (copied === undefined)
      breaks.push({ line: row.line, problem: `row ${sequence} is not in the remote copy ${where}` })
    else if (copied !== row.hash)
      breaks.push({ line: row.line, problem: `row ${sequence} differs from its remote copy ${where}` })
  }
  const missing = [...remote.keys()].filter((sequence) => !local.has(sequence)).sort((a, b) => a - b)
  if (missing.length > 0) {
    breaks.push({
      line: 0,
      problem: `rows ${missing.join(', ')} are in the remote copy ${where} but not in the log (deleted or cut off)`,
    })
  }
  return breaks
}

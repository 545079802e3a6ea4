/**
 * The comparisons in a CloudWatch Logs JSON filter pattern, normalised so that a filter written with other
 * spacing, quoting or order still counts. The benchmark's audit asks that the filter "contains" its pattern;
 * checking that every comparison it prescribes is present is that test without depending on layout.
 */

/** `$.field = value`, `$.field != "value"`, `$.field NOT EXISTS` and the like. */
const COMPARISON =
  /\$\.([A-Za-z0-9_.[\]]+)\s*(?:(!=|=)\s*(?:"([^"]*)"|([^\s()|&"]+))|(NOT\s+EXISTS|IS\s+NULL|NOT\s+NULL|EXISTS)\b)/gi

/** Each comparison as `field op value`, e.g. `eventName = CreateTrail` or `userIdentity.invokedBy NOT EXISTS`. */
export function comparisonsOf(pattern: string): Set<string> {
  const found = new Set<string>()
  for (const match of pattern.matchAll(COMPARISON)) {
    const [, field, operator, quoted, bare, keyword] = match
    if (keyword !== undefined) found.add(`${field} ${keyword.toUpperCase().replace(/\s+/g, ' ')}`)
    else found.add(`${field} ${operator} ${quoted ?? bare}`)
  }
  return found
}

/** The prescribed comparisons the pattern lacks; empty when it has them all. */
export function missingComparisons(pattern: string, required: readonly string[]): string[] {
  const present = comparisonsOf(pattern)
  return required.filter((comparison) => !present.has(comparison))
}

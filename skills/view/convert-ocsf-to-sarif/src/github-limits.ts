/**
 * What GitHub code scanning accepts in one upload
 * (https://docs.github.com/code-security/secure-coding/sarif-support-for-code-scanning
 * and its limits table).
 */
export const GITHUB_LIMITS = {
  resultsPerRun: 25_000,
  rulesPerRun: 25_000,
  ruleDescriptionChars: 1024,
  ruleNameChars: 255,
  tagsPerRule: 10,
  /** The upload is refused above 10 MiB gzip-compressed. */
  gzippedBytes: 10 * 1024 * 1024,
} as const

/** Message text beyond this is cut: analysts read the finding, not an essay, in the alert list. */
export const MAX_MESSAGE_CHARS = 4000

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

/**
 * Dotted numeric versions compared as versions, never as strings: `535.183.01` is newer than `535.54.03`
 * because 183 > 54, though "1" sorts before "5". NVIDIA driver versions have three parts with leading zeros
 * and TLS versions two, which semver refuses (it allows exactly three parts and no leading zeros).
 */

/** The numeric parts of `v0.10.1`, `535.183.01`, `1.2`; undefined for anything else (`latest`, `12.2-rc1`). */
export function parseVersion(text: string): number[] | undefined {
  const match = /^v?(\d{1,9}(?:\.\d{1,9}){0,5})$/i.exec(text.trim())
  if (match === null) return undefined
  return (match[1] ?? '').split('.').map(Number)
}

/**
 * -1, 0 or 1 as `a` is older than, the same as, or newer than `b`. A missing part counts as 0, so `12.2`
 * equals `12.2.0`; leading zeros do not count, so `535.54.03` equals `535.54.3`.
 */
export function compareVersions(a: readonly number[], b: readonly number[]): -1 | 0 | 1 {
  const length = Math.max(a.length, b.length)
  for (let index = 0; index < length; index += 1) {
    const left = a[index] ?? 0
    const right = b[index] ?? 0
    if (left < right) return -1
    if (left > right) return 1
  }
  return 0
}

/** True when `version` is older than `fixed`; both are version texts, and an unparseable one is never older. */
export function isOlderThan(version: string, fixed: string): boolean {
  const left = parseVersion(version)
  const right = parseVersion(fixed)
  return left !== undefined && right !== undefined && compareVersions(left, right) < 0
}

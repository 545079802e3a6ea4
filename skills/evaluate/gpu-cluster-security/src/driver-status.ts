/**
 * A node's NVIDIA driver against the security bulletins and the branch lifecycle: below a fixed version of
 * its branch, on a branch the newest bulletin no longer fixes, or on a branch past its end of life, it has
 * known vulnerabilities. Versions compare part by part as numbers (535.183.01 is newer than 535.54.03).
 */
import { compareVersions, parseVersion } from '#shared/posture/index.ts'
import { branchSupportAt } from './data/driver-branches.ts'
import { DRIVER_BULLETINS, type DriverBulletin } from './data/driver-bulletins.ts'

export interface DriverVerdict {
  readonly status: 'pass' | 'fail' | 'unknown'
  readonly detail: string
}

function olderThan(version: readonly number[], fixed: string): boolean {
  const parts = parseVersion(fixed)
  return parts !== undefined && compareVersions(version, parts) < 0
}

function cited(bulletin: DriverBulletin): string {
  return `bulletin ${bulletin.id} (${bulletin.updated}: ${bulletin.cves.join(', ')})`
}

export function driverVerdict(text: string, time: number): DriverVerdict {
  const version = parseVersion(text)
  const branch = version?.[0]
  if (version === undefined || branch === undefined || version.length < 2)
    return { status: 'unknown', detail: `driver version ${text} is not a version this check can compare` }
  const problems: string[] = []
  const missing = DRIVER_BULLETINS.filter((bulletin) => {
    const fixed = bulletin.fixed[branch]
    return fixed !== undefined && olderThan(version, fixed)
  })
  if (missing.length > 0) {
    const lacking = missing.map((bulletin) => `${bulletin.fixed[branch]} (${cited(bulletin)})`).join('; ')
    problems.push(`it is older than the fixed version${missing.length === 1 ? '' : 's'} ${lacking}`)
  }
  const newest = DRIVER_BULLETINS.at(-1)
  const newestBranches = Object.keys(newest?.fixed ?? {}).map(Number)
  if (newest !== undefined && newest.fixed[branch] === undefined && branch < Math.max(...newestBranches))
    problems.push(`R${branch} has no fixed version in ${cited(newest)}, the newest bulletin in the table`)
  const support = branchSupportAt(branch, time)
  if (support.supported === false) problems.push(support.why)
  if (problems.length > 0) return { status: 'fail', detail: `driver ${text}: ${problems.join('; ')}` }
  const until = support.supported === true ? `; R${branch} is supported until ${support.until}` : ''
  return {
    status: 'pass',
    detail: `driver ${text} has every fix the bulletins in the table (through ${newest?.id ?? 'none'}) list for R${branch}${until}`,
  }
}

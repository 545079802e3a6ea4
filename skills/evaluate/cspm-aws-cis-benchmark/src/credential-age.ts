/**
 * Credential ages from the IAM credential report, measured from the snapshot's collection time so that
 * an evaluation of the same snapshot gives the same answer on any day.
 */
import { parseEventTime } from '#shared/ocsf/index.ts'
import type { CredentialReportUser } from './snapshot.ts'

const DAY_MS = 86_400_000

/** The report's row for the account root user, which the root controls (1.4 to 1.6) cover instead. */
export const ROOT_REPORT_USER = '<root_account>'

/** Whole days from `time` to `now`; undefined when the time is absent or unreadable. */
export function daysSince(time: string | null, now: number): number | undefined {
  const millis = parseEventTime(time)
  if (millis === undefined) return undefined
  return Math.floor((now - millis) / DAY_MS)
}

export function iamUsersOf(users: readonly CredentialReportUser[]): CredentialReportUser[] {
  return users.filter((user) => user.user !== ROOT_REPORT_USER)
}

export function activeKeysOf(user: CredentialReportUser) {
  return user.accessKeys.filter((key) => key.active)
}

/**
 * Each credential of the user unused for `limitDays` or more, described in a few words. A credential never
 * used counts from when it was set (the password's last change, the key's creation, else the user's).
 */
export function unusedCredentials(user: CredentialReportUser, now: number, limitDays: number): string[] {
  const stale: string[] = []
  if (user.passwordEnabled) {
    const used = daysSince(user.passwordLastUsed, now)
    const set = daysSince(user.passwordLastChanged ?? user.userCreationTime, now)
    if (used !== undefined && used >= limitDays) stale.push(`console password last used ${used} days ago`)
    if (used === undefined && set !== undefined && set >= limitDays)
      stale.push(`console password never used, set ${set} days ago`)
  }
  for (const key of activeKeysOf(user)) {
    const used = daysSince(key.lastUsed, now)
    const created = daysSince(key.lastRotated ?? user.userCreationTime, now)
    if (used !== undefined && used >= limitDays)
      stale.push(`access key ${key.slot} last used ${used} days ago`)
    if (used === undefined && created !== undefined && created >= limitDays)
      stale.push(`access key ${key.slot} never used, created ${created} days ago`)
  }
  return stale
}

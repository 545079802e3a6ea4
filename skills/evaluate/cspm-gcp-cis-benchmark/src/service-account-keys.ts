/** The shared body of 1.4 and 1.7: one outcome per user-created service account, judged on its user-managed keys. */
import { parseEventTime } from '#shared/ocsf/index.ts'
import { type ControlOutcome, collectionFailed, orNotApplicable } from '#shared/posture/index.ts'
import { isUserCreatedServiceAccount } from './iam-members.ts'
import type { ServiceAccount, ServiceAccountKey } from './snapshot.ts'
import { type GcpSubject, projectCloud, projectResource, serviceAccountResource } from './subject.ts'

const DAY_MS = 86_400_000

/** Whole days from the key's creation to the collection; undefined when the API gave no time. */
export function keyAgeDays(key: ServiceAccountKey, collectedAt: number): number | undefined {
  const created = key.validAfterTime === null ? undefined : parseEventTime(key.validAfterTime)
  return created === undefined ? undefined : Math.floor((collectedAt - created) / DAY_MS)
}

/** The key's id, the last part of its resource name: short enough to read in a detail line. */
export function keyId(key: ServiceAccountKey): string {
  return key.name.slice(key.name.lastIndexOf('/') + 1)
}

export function perServiceAccount(
  { data }: GcpSubject,
  judge: (
    account: ServiceAccount,
    keys: readonly ServiceAccountKey[],
  ) => Omit<ControlOutcome, 'resource' | 'cloud'>,
): ControlOutcome[] {
  const cloud = projectCloud(data)
  const outcomes: ControlOutcome[] = []
  for (const account of data.serviceAccounts) {
    if (!isUserCreatedServiceAccount(account.email)) continue
    const resource = serviceAccountResource(data, account)
    if (account.keys === null) {
      outcomes.push(
        collectionFailed(resource, cloud, [
          `keys of ${account.email}: ${account.errors?.keys ?? 'not collected'}`,
        ]),
      )
      continue
    }
    outcomes.push({ ...judge(account, account.keys), resource, cloud })
  }
  return orNotApplicable(
    outcomes,
    projectResource(data),
    cloud,
    'The project has no user-created service accounts.',
  )
}

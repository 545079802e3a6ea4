/** The shared body of the section 3 controls: one outcome per storage account, judged on one setting. */
import { type ControlOutcome, orNotApplicable } from '#shared/posture/index.ts'
import type { AzureSnapshotData, StorageAccount } from './snapshot.ts'
import { armResource, subscriptionCloud, subscriptionResource } from './subject.ts'

export const STORAGE_ACCOUNT_TYPE = 'Microsoft.Storage/storageAccounts'

export function perStorageAccount(
  data: AzureSnapshotData,
  judge: (account: StorageAccount) => { passed: boolean; detail: string },
): ControlOutcome[] {
  const outcomes = data.storageAccounts.map((account): ControlOutcome => {
    const { passed, detail } = judge(account)
    return {
      status: passed ? 'pass' : 'fail',
      detail: `Storage account ${account.name}: ${detail}.`,
      resource: armResource(account, STORAGE_ACCOUNT_TYPE),
      cloud: subscriptionCloud(data, account.location),
    }
  })
  return orNotApplicable(
    outcomes,
    subscriptionResource(data),
    subscriptionCloud(data),
    'The subscription has no storage accounts.',
  )
}

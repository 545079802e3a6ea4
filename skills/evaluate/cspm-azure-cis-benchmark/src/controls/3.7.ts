/** 3.7: a storage endpoint reachable from every network is one leaked key or SAS token away from the data. */
import { SECTIONS } from '../sections.ts'
import { perStorageAccount } from '../storage-outcomes.ts'
import type { AzureControl } from '../subject.ts'

export const publicNetworkAccessDisabled: AzureControl = {
  id: '3.7',
  title: "Ensure that 'Public Network Access' is `Disabled' for storage accounts",
  severity: 'medium',
  attacks: ['T1530'],
  requirements: ['NIST CSF 2.0 PR.IR-01', 'NIST CSF 2.0 PR.AA-05', 'SOC 2 CC6.6'],
  remediation:
    'Give clients private endpoints first, then: az storage account update --name <account> --resource-group <group> --public-network-access Disabled',
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-network-security'],
  sections: [SECTIONS.storageAccounts],
  evaluate: ({ data }) =>
    perStorageAccount(data, (account) =>
      account.publicNetworkAccess === 'Disabled'
        ? { passed: true, detail: 'public network access is disabled' }
        : {
            passed: false,
            detail: `public network access is ${account.publicNetworkAccess ?? 'not set (Enabled)'}`,
          },
    ),
}

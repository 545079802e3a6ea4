/** 3.8: with the firewall's default action Allow, every network on the internet can reach the account's endpoints. */
import { SECTIONS } from '../sections.ts'
import { perStorageAccount } from '../storage-outcomes.ts'
import type { AzureControl } from '../subject.ts'

export const defaultNetworkAccessDeny: AzureControl = {
  id: '3.8',
  title: 'Ensure Default Network Access Rule for Storage Accounts is Set to Deny',
  severity: 'medium',
  attacks: ['T1530'],
  requirements: ['NIST CSF 2.0 PR.IR-01', 'SOC 2 CC6.6'],
  remediation:
    'Add network rules for the virtual networks and address ranges that need access, then: az storage account update --name <account> --resource-group <group> --default-action Deny',
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-network-security'],
  sections: [SECTIONS.storageAccounts],
  evaluate: ({ data }) =>
    perStorageAccount(data, (account) =>
      account.networkDefaultAction === 'Deny'
        ? { passed: true, detail: "the firewall's default action is Deny" }
        : {
            passed: false,
            detail: `the firewall's default action is ${account.networkDefaultAction ?? 'not set (Allow)'}`,
          },
    ),
}

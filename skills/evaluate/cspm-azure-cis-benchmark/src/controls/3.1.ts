/** 3.1: without secure transfer, storage requests and their shared keys or SAS tokens can cross the network in clear. */
import { SECTIONS } from '../sections.ts'
import { perStorageAccount } from '../storage-outcomes.ts'
import type { AzureControl } from '../subject.ts'

export const secureTransferRequired: AzureControl = {
  id: '3.1',
  title: "Ensure that 'Secure transfer required' is set to 'Enabled'",
  severity: 'medium',
  attacks: ['T1557', 'T1040'],
  requirements: ['NIST CSF 2.0 PR.DS-02', 'SOC 2 CC6.7'],
  remediation: 'az storage account update --name <account> --resource-group <group> --https-only true',
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-require-secure-transfer'],
  sections: [SECTIONS.storageAccounts],
  evaluate: ({ data }) =>
    perStorageAccount(data, (account) =>
      account.enableHttpsTrafficOnly === true
        ? { passed: true, detail: 'secure transfer (HTTPS only) is required' }
        : { passed: false, detail: 'secure transfer is not required: HTTP requests are accepted' },
    ),
}

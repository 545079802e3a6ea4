/** 3.15: TLS 1.0 and 1.1 have known weaknesses; a client that can be downgraded to them can be read. */
import { SECTIONS } from '../sections.ts'
import { perStorageAccount } from '../storage-outcomes.ts'
import type { AzureControl } from '../subject.ts'

/** Versions at or above 1.2, as the API spells them. */
const ACCEPTED = new Set(['TLS1_2', 'TLS1_3'])

export const minimumTls12: AzureControl = {
  id: '3.15',
  title: "Ensure the 'Minimum TLS version' for storage accounts is set to 'Version 1.2'",
  severity: 'medium',
  attacks: ['T1557', 'T1040'],
  requirements: ['NIST CSF 2.0 PR.DS-02', 'SOC 2 CC6.7'],
  remediation: 'az storage account update --name <account> --resource-group <group> --min-tls-version TLS1_2',
  references: [
    'https://learn.microsoft.com/en-us/azure/storage/common/transport-layer-security-configure-minimum-version',
  ],
  sections: [SECTIONS.storageAccounts],
  evaluate: ({ data }) =>
    perStorageAccount(data, (account) =>
      ACCEPTED.has(account.minimumTlsVersion ?? '')
        ? { passed: true, detail: `the minimum TLS version is ${account.minimumTlsVersion}` }
        : {
            passed: false,
            detail: `the minimum TLS version is ${account.minimumTlsVersion ?? 'not set (TLS1_0)'}`,
          },
    ),
}

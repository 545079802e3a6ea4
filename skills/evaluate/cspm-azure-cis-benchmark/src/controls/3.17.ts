/** 3.17: with anonymous blob access allowed, one container set to public exposes its blobs to anyone with the URL. */
import { SECTIONS } from '../sections.ts'
import { perStorageAccount } from '../storage-outcomes.ts'
import type { AzureControl } from '../subject.ts'

export const blobAnonymousAccessDisabled: AzureControl = {
  id: '3.17',
  title: 'Ensure that `Allow Blob Anonymous Access` is set to `Disabled`',
  severity: 'high',
  attacks: ['T1530'],
  requirements: ['NIST CSF 2.0 PR.AA-05', 'NIST CSF 2.0 PR.DS-01', 'SOC 2 CC6.1'],
  remediation:
    'az storage account update --name <account> --resource-group <group> --allow-blob-public-access false',
  references: ['https://learn.microsoft.com/en-us/azure/storage/blobs/anonymous-read-access-prevent'],
  sections: [SECTIONS.storageAccounts],
  evaluate: ({ data }) =>
    perStorageAccount(data, (account) => {
      if (account.allowBlobPublicAccess === false)
        return { passed: true, detail: 'anonymous blob access is disabled' }
      if (account.allowBlobPublicAccess === true)
        return { passed: false, detail: 'anonymous blob access is allowed' }
      // Accounts created before November 2023 without the property allow it.
      return {
        passed: false,
        detail: 'anonymous blob access is not set, which older accounts treat as allowed',
      }
    }),
}

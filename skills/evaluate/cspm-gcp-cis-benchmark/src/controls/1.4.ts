/** 1.4: a downloaded service account key is a long-lived credential that works from anywhere until deleted. */

import { SECTIONS } from '../sections.ts'
import { keyId, perServiceAccount } from '../service-account-keys.ts'
import type { GcpControl } from '../subject.ts'

export const onlyGoogleManagedKeys: GcpControl = {
  id: '1.4',
  title: 'Ensure That There Are Only GCP-Managed Service Account Keys for Each Service Account',
  severity: 'high',
  attacks: ['T1552.001', 'T1078.004'],
  requirements: ['NIST CSF 2.0 PR.AA-01', 'NIST CSF 2.0 PR.AA-05', 'SOC 2 CC6.1'],
  remediation:
    'Move the workload to attached service accounts or Workload Identity Federation, then delete each user-managed key (gcloud iam service-accounts keys delete <key-id> --iam-account=<email>) and enforce the organisation policy constraint iam.disableServiceAccountKeyCreation.',
  references: ['https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys'],
  sections: [SECTIONS.serviceAccounts],
  evaluate: (subject) =>
    perServiceAccount(subject, (account, keys) => {
      if (keys.length === 0) return { status: 'pass', detail: `${account.email} has no user-managed key.` }
      const listed = keys.map((key) => `${keyId(key)}${key.disabled ? ' (disabled)' : ''}`).join(', ')
      return { status: 'fail', detail: `${account.email} has user-managed keys: ${listed}.` }
    }),
}

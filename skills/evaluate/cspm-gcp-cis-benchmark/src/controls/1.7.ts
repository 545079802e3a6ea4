/** 1.7: the older a key, the more places it has been copied to; rotation bounds how long a leaked key works. */

import { SECTIONS } from '../sections.ts'
import { keyAgeDays, keyId, perServiceAccount } from '../service-account-keys.ts'
import type { GcpControl } from '../subject.ts'

const ROTATION_DAYS = 90

export const keysRotated: GcpControl = {
  id: '1.7',
  title: 'Ensure User-Managed/External Keys for Service Accounts Are Rotated Every 90 Days or Fewer',
  severity: 'medium',
  attacks: ['T1552.001', 'T1078.004'],
  requirements: ['NIST CSF 2.0 PR.AA-01', 'SOC 2 CC6.1'],
  remediation:
    'Create a new key (gcloud iam service-accounts keys create), move every consumer to it, then delete the old one (gcloud iam service-accounts keys delete <key-id> --iam-account=<email>); better, replace keys with Workload Identity Federation.',
  references: ['https://cloud.google.com/iam/docs/key-rotation'],
  sections: [SECTIONS.serviceAccounts],
  evaluate: (subject) =>
    perServiceAccount(subject, (account, keys) => {
      const old: string[] = []
      const undated: string[] = []
      for (const key of keys) {
        const age = keyAgeDays(key, subject.collectedAt)
        if (age === undefined) undated.push(keyId(key))
        else if (age > ROTATION_DAYS) old.push(`${keyId(key)} is ${age} days old`)
      }
      if (old.length > 0) return { status: 'fail', detail: `${account.email}: ${old.join('; ')}.` }
      if (undated.length > 0)
        return {
          status: 'unknown',
          detail: `${account.email}: the API gave no creation time for ${undated.join(', ')}.`,
        }
      return {
        status: 'pass',
        detail: `${account.email} has no user-managed key older than ${ROTATION_DAYS} days.`,
      }
    }),
}

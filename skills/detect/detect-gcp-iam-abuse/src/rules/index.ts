/** The detector's rules, one line each; the runner refuses duplicate ids at start-up. */
import type { Rule } from '#shared/detect/index.ts'
import type { IamAbuseConfig } from '../config.ts'
import { gcpPrivilegedRoleGranted } from './gcp-privileged-role-granted.ts'
import { gcpServiceAccountImpersonated } from './gcp-service-account-impersonated.ts'
import { gcpServiceAccountKeyCreated } from './gcp-service-account-key-created.ts'
import { gcpStorageBucketMadePublic } from './gcp-storage-bucket-made-public.ts'

export const RULES: readonly Rule<IamAbuseConfig>[] = [
  gcpServiceAccountKeyCreated,
  gcpServiceAccountImpersonated,
  gcpPrivilegedRoleGranted,
  gcpStorageBucketMadePublic,
]

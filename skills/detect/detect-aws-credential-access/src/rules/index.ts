/** The detector's rules, one line each; the runner refuses duplicate ids at start-up. */
import type { Rule } from '#shared/detect/index.ts'
import type { CredentialAccessConfig } from '../config.ts'
import { awsEc2PasswordDataRetrieved } from './aws-ec2-password-data-retrieved.ts'
import { awsSecretsBulkRetrieval } from './aws-secrets-bulk-retrieval.ts'

export const RULES: readonly Rule<CredentialAccessConfig>[] = [
  awsSecretsBulkRetrieval,
  awsEc2PasswordDataRetrieved,
]

/** The detector's rules, one line each; the runner refuses duplicate ids at start-up. */
import type { Rule } from '#shared/detect/index.ts'
import type { IamPersistenceConfig } from '../config.ts'
import { awsIamAdminRightsGranted } from './aws-iam-admin-rights-granted.ts'
import { awsIamCredentialsForOtherUser } from './aws-iam-credentials-for-other-user.ts'
import { awsIamRoleTrustOpened } from './aws-iam-role-trust-opened.ts'
import { awsIamUserCreated } from './aws-iam-user-created.ts'

export const RULES: readonly Rule<IamPersistenceConfig>[] = [
  awsIamCredentialsForOtherUser,
  awsIamUserCreated,
  awsIamAdminRightsGranted,
  awsIamRoleTrustOpened,
]

/** The detector's rules, one line each; the runner refuses duplicate ids at start-up. */
import type { Rule } from '#shared/detect/index.ts'
import { awsConsoleLoginWithoutMfa } from './aws-console-login-without-mfa.ts'
import { awsRootActivity } from './aws-root-activity.ts'

export const RULES: readonly Rule<undefined>[] = [awsConsoleLoginWithoutMfa, awsRootActivity]

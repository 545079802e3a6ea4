/** The activity_id of a CloudTrail call, from its operation name and readOnly flag (the tables are in mappings/operations.ts). */
import { type OperationActivity, SIGN_IN_OPERATIONS, VERB_ACTIVITY } from './mappings/operations.ts'

const READ = 2
const OTHER = 99

/** The verb an operation name starts with; batch calls take the verb after `Batch` (BatchGetSecretValue is a Get). */
function leadingVerb(operation: string): string | undefined {
  const match = /^(Batch)?([A-Z][a-z]+)/.exec(operation)
  return match?.[2]
}

/**
 * Sign-in and credential issuance are Other. readOnly true is CloudTrail saying the call changed nothing,
 * so it is Read whatever the verb. Otherwise the verb decides, except that a read verb on a call
 * CloudTrail marks as a write (readOnly false) is Other: the two disagree, and neither is trusted alone.
 */
export function operationActivity(operation: string, readOnly: boolean | undefined): OperationActivity {
  if (SIGN_IN_OPERATIONS.has(operation)) return OTHER
  if (readOnly === true) return READ
  const verb = leadingVerb(operation)
  const activity = verb === undefined ? undefined : VERB_ACTIVITY[verb]
  if (activity === undefined) return OTHER
  if (activity === READ && readOnly === false) return OTHER
  return activity
}

/** The root user at work: signing in, changing things, or using a root access key at all. */
import { type AwsCall, awsCallOf } from '#shared/aws/index.ts'
import type { EventRule } from '#shared/detect/index.ts'
import { asInt } from '#shared/json/index.ts'
import type { OcsfEvent } from '#shared/ocsf/index.ts'

/** activity_id Read: the root user reading is reported only when it uses a root access key. */
const READ_ACTIVITY = 2

/** Long-term access keys start AKIA; console and temporary sessions use ASIA keys. */
const LONG_TERM_KEY = /^AKIA/

/**
 * The console creates service-linked roles for the root user as a side effect of enabling a service;
 * the sign-in and the enabling call are reported already.
 */
const SIDE_EFFECT_OPERATIONS: ReadonlySet<string> = new Set(['CreateServiceLinkedRole'])

/** invokedBy naming the sign-in service is the root user's own console session, not a service acting for it. */
const ROOT_CONSOLE_SESSION = 'signin.amazonaws.com'

function rootCallOf(event: OcsfEvent): AwsCall | undefined {
  const call = awsCallOf(event)
  if (call?.caller.kind !== 'Root' || !call.succeeded || SIDE_EFFECT_OPERATIONS.has(call.operation))
    return undefined
  // Calls an AWS service makes on the root user's behalf are that service's doing.
  if (call.caller.invokedBy !== undefined && call.caller.invokedBy !== ROOT_CONSOLE_SESSION) return undefined
  if (asInt(event.activity_id) !== READ_ACTIVITY) return call
  return LONG_TERM_KEY.test(call.caller.accessKeyId ?? '') ? call : undefined
}

export const awsRootActivity: EventRule<undefined> = {
  id: 'aws-root-activity',
  title: 'Root user activity',
  severity: 'high',
  attacks: ['T1078.004'],
  classUids: [6003],
  rationale:
    'The root user cannot be limited by IAM policies and is needed for a handful of tasks a year; any other use of it, and any root access key at all, means either a broken practice or a stolen account.',
  reference: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-tasks.html',
  runbook:
    '1. Was a root-only task planned (billing, account closure, support plan)? 2. Check the source address and MFA of the sign-in. 3. If unexpected, reset the root password and MFA, delete any root access keys, and review every call of the session.',
  falsePositives: ['the tasks only the root user can do, done as planned by the account owner'],
  match(event) {
    return rootCallOf(event) !== undefined
  },
  describe(event) {
    const call = rootCallOf(event)
    const account = call?.account ?? '?'
    const source = event.src_endpoint?.ip ?? event.src_endpoint?.name ?? 'unknown'
    if (call?.operation === 'ConsoleLogin') {
      return {
        key: [account, source],
        title: 'Root user signed in',
        desc: `The root user of account ${account} signed in to the console from ${source}.`,
      }
    }
    const withKey = LONG_TERM_KEY.test(call?.caller.accessKeyId ?? '')
    return {
      key: [account, source],
      title: withKey ? 'Root access key used' : undefined,
      desc: `The root user of account ${account} called ${call?.operation ?? '?'} on ${call?.service ?? '?'} from ${source}${withKey ? ' with a long-term access key' : ''}.`,
    }
  },
}

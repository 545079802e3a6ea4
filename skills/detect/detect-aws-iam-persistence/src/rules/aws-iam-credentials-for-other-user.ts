/** Someone issued an access key or a console password for an IAM user other than themselves. */
import { type AwsCall, succeededCallOf } from '#shared/aws/index.ts'
import type { EventRule } from '#shared/detect/index.ts'
import { asBoolean, asString } from '#shared/json/index.ts'
import type { OcsfEvent } from '#shared/ocsf/index.ts'
import type { IamPersistenceConfig } from '../config.ts'

const CREDENTIAL_OPERATIONS: ReadonlySet<string> = new Set([
  'CreateAccessKey',
  'CreateLoginProfile',
  'UpdateLoginProfile',
])

interface CredentialGrant {
  readonly call: AwsCall
  readonly target: string
}

/**
 * The caller's own user: an IAM user's name, or a role session named after the user (the people who
 * reach IAM through a role often keep an IAM user of the same name). A session name is chosen by whoever
 * assumes the role, so this exemption is an evasion SKILL.md names.
 */
function isOwnUser(call: AwsCall, target: string): boolean {
  return call.caller.iamUserName === target || call.caller.sessionName === target
}

function credentialGrantOf(event: OcsfEvent): CredentialGrant | undefined {
  const call = succeededCallOf(event, 'iam.amazonaws.com', CREDENTIAL_OPERATIONS)
  // Without userName the call acts on the caller's own user.
  const target = asString(call?.request?.userName)
  if (call === undefined || target === undefined || isOwnUser(call, target)) return undefined
  // A password reset that forces a change at the next sign-in is the helpdesk flow; setting a
  // password the user need not change is how a console login is taken over.
  if (call.operation === 'UpdateLoginProfile' && asBoolean(call.request?.passwordResetRequired) === true)
    return undefined
  return { call, target }
}

export const awsIamCredentialsForOtherUser: EventRule<IamPersistenceConfig> = {
  id: 'aws-iam-credentials-for-other-user',
  title: 'Credentials issued for another IAM user',
  severity: 'high',
  attacks: ['T1098.001'],
  classUids: [6003],
  rationale:
    'An access key or console password made for someone else is a second way into that identity that its owner does not know about: the classic backdoor after an IAM compromise.',
  reference: 'https://stratus-red-team.cloud/attack-techniques/AWS/aws.persistence.iam-backdoor-user/',
  runbook:
    '1. Did the target user ask for the key or password, and does the caller administer users? 2. Where has the new key been used since (follow actor.session.credential_uid)? 3. If unexpected, deactivate the key or delete the login profile and review the caller.',
  falsePositives: [
    'administrators issuing keys for service users through a ticketed process',
    'user provisioning automation that creates console passwords for new starters',
  ],
  match(event) {
    return credentialGrantOf(event) !== undefined
  },
  describe(event) {
    const grant = credentialGrantOf(event)
    const caller = grant?.call.caller.name ?? 'unknown caller'
    const target = grant?.target ?? '?'
    if (grant?.call.operation === 'CreateAccessKey') {
      return {
        key: [caller, target, 'access key'],
        title: 'Access key created for another IAM user',
        desc: `${caller} created an access key for IAM user ${target}.`,
      }
    }
    return {
      key: [caller, target, 'login profile'],
      title: 'Console password set for another IAM user',
      desc: `${caller} called ${grant?.call.operation ?? 'a login-profile API'} for IAM user ${target}, setting a console password the user does not have to change.`,
    }
  },
}

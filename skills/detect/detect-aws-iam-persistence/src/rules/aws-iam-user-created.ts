/** A new IAM user: a long-term identity outside the single sign-on that most accounts now rely on. */
import { succeededCallOf } from '#shared/aws/index.ts'
import type { EventRule } from '#shared/detect/index.ts'
import { asString } from '#shared/json/index.ts'
import type { IamPersistenceConfig } from '../config.ts'

const CREATE_USER: ReadonlySet<string> = new Set(['CreateUser'])

export const awsIamUserCreated: EventRule<IamPersistenceConfig> = {
  id: 'aws-iam-user-created',
  title: 'IAM user created',
  severity: 'low',
  attacks: ['T1136.003'],
  classUids: [6003],
  rationale:
    'IAM users hold passwords and keys that live until someone removes them; an attacker who can create one keeps access after the stolen session ends.',
  reference: 'https://stratus-red-team.cloud/attack-techniques/AWS/aws.persistence.iam-create-admin-user/',
  runbook:
    '1. Was the user requested, and created by the usual pipeline? 2. Did it get a password, keys or policies right after (aws-iam-admin-rights-granted, aws-iam-credentials-for-other-user)? 3. If not expected, delete it and review the caller.',
  falsePositives: [
    'infrastructure-as-code pipelines that manage IAM users',
    'service users created for third-party integrations that cannot assume roles',
  ],
  match(event) {
    return succeededCallOf(event, 'iam.amazonaws.com', CREATE_USER) !== undefined
  },
  describe(event) {
    const call = succeededCallOf(event, 'iam.amazonaws.com', CREATE_USER)
    const caller = call?.caller.name ?? 'unknown caller'
    const user = asString(call?.request?.userName) ?? '?'
    return { key: [caller, user], desc: `${caller} created IAM user ${user}.` }
  },
}

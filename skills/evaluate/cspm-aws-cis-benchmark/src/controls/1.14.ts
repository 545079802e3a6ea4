/** 1.14: the older a key, the more places it has been copied to; rotation bounds how long a leaked key works. */
import { activeKeysOf, daysSince, iamUsersOf } from '../credential-age.ts'
import { orNotApplicable } from '../outcomes.ts'
import { SECTIONS } from '../sections.ts'
import { type AwsControl, accountCloud, accountResource, userResource } from '../subject.ts'

const ROTATION_DAYS = 90

export const accessKeysRotated: AwsControl = {
  id: '1.14',
  title: 'Ensure access keys are rotated every 90 days or less',
  severity: 'medium',
  attacks: ['T1078.004', 'T1552'],
  requirements: ['NIST CSF 2.0 PR.AA-01', 'SOC 2 CC6.1'],
  remediation:
    'Create a second key, move every program to it, then deactivate and delete the old one (aws iam create-access-key, update-access-key --status Inactive, delete-access-key).',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id-credentials-access-keys-update.html'],
  sections: [SECTIONS.credentialReport],
  evaluate({ data, collectedAt }) {
    const cloud = accountCloud(data)
    const outcomes = iamUsersOf(data.iam.credentialReport?.users ?? []).map((user) => {
      const resource = userResource(data, user.user, user.arn)
      const old: string[] = []
      for (const key of activeKeysOf(user)) {
        const age = daysSince(key.lastRotated ?? user.userCreationTime, collectedAt)
        if (age !== undefined && age > ROTATION_DAYS) old.push(`access key ${key.slot} is ${age} days old`)
      }
      if (old.length > 0)
        return { status: 'fail' as const, detail: `${user.user}: ${old.join('; ')}.`, resource, cloud }
      return {
        status: 'pass' as const,
        detail: `${user.user} has no active access key older than ${ROTATION_DAYS} days.`,
        resource,
        cloud,
      }
    })
    return orNotApplicable(outcomes, accountResource(data), cloud, 'The account has no IAM users.')
  },
}

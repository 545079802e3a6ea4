/** 1.13: a second active key is how an intruder keeps access after the first is rotated, and is rarely needed. */
import { activeKeysOf, iamUsersOf } from '../credential-age.ts'
import { orNotApplicable } from '../outcomes.ts'
import { SECTIONS } from '../sections.ts'
import { type AwsControl, accountCloud, accountResource, userResource } from '../subject.ts'

export const singleActiveAccessKey: AwsControl = {
  id: '1.13',
  title: 'Ensure there is only one active access key available for any single IAM user',
  severity: 'low',
  attacks: ['T1098.001'],
  requirements: ['NIST CSF 2.0 PR.AA-01', 'SOC 2 CC6.1'],
  remediation:
    'Find the key still in use (IAM console, Access key last used), then deactivate and delete the other: aws iam update-access-key --status Inactive, aws iam delete-access-key.',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html'],
  sections: [SECTIONS.credentialReport],
  evaluate({ data }) {
    const cloud = accountCloud(data)
    const outcomes = iamUsersOf(data.iam.credentialReport?.users ?? []).map((user) => {
      const resource = userResource(data, user.user, user.arn)
      const active = activeKeysOf(user).length
      if (active > 1)
        return {
          status: 'fail' as const,
          detail: `${user.user} has ${active} active access keys.`,
          resource,
          cloud,
        }
      return {
        status: 'pass' as const,
        detail: `${user.user} has ${active === 0 ? 'no' : 'one'} active access key.`,
        resource,
        cloud,
      }
    })
    return orNotApplicable(outcomes, accountResource(data), cloud, 'The account has no IAM users.')
  },
}

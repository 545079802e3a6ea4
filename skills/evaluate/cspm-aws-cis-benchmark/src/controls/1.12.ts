/** 1.12: a credential nobody uses is one nobody watches; disabling it closes a door an attacker could use unseen. */
import { iamUsersOf, unusedCredentials } from '../credential-age.ts'
import { orNotApplicable } from '../outcomes.ts'
import { SECTIONS } from '../sections.ts'
import { type AwsControl, accountCloud, accountResource, userResource } from '../subject.ts'

const UNUSED_DAYS = 45

export const unusedCredentialsDisabled: AwsControl = {
  id: '1.12',
  title: 'Ensure credentials unused for 45 days or greater are disabled',
  severity: 'medium',
  attacks: ['T1078.004'],
  requirements: ['NIST CSF 2.0 PR.AA-01', 'SOC 2 CC6.2'],
  remediation:
    'Disable the console password (aws iam delete-login-profile) and deactivate or delete the access key (aws iam update-access-key --status Inactive) of each credential unused for 45 days.',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html'],
  sections: [SECTIONS.credentialReport],
  evaluate({ data, collectedAt }) {
    const cloud = accountCloud(data)
    const outcomes = iamUsersOf(data.iam.credentialReport?.users ?? []).map((user) => {
      const resource = userResource(data, user.user, user.arn)
      const stale = unusedCredentials(user, collectedAt, UNUSED_DAYS)
      if (stale.length > 0)
        return { status: 'fail' as const, detail: `${user.user}: ${stale.join('; ')}.`, resource, cloud }
      return {
        status: 'pass' as const,
        detail: `${user.user} has no enabled credential unused for ${UNUSED_DAYS} days or more.`,
        resource,
        cloud,
      }
    })
    return orNotApplicable(outcomes, accountResource(data), cloud, 'The account has no IAM users.')
  },
}

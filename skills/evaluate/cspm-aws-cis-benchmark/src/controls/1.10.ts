/** 1.10: a console password without MFA is one phished or guessed secret away from the console. */
import { iamUsersOf } from '../credential-age.ts'
import { orNotApplicable } from '../outcomes.ts'
import { SECTIONS } from '../sections.ts'
import { type AwsControl, accountCloud, accountResource, userResource } from '../subject.ts'

export const consoleUserMfa: AwsControl = {
  id: '1.10',
  title: 'Ensure multi-factor authentication (MFA) is enabled for all IAM users that have a console password',
  severity: 'high',
  attacks: ['T1078.004', 'T1110'],
  requirements: ['NIST CSF 2.0 PR.AA-03', 'SOC 2 CC6.1'],
  remediation:
    'Assign an MFA device to the user (IAM console, Users, Security credentials, Assign MFA device), or remove the console password if the user does not sign in.',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable.html'],
  sections: [SECTIONS.credentialReport],
  evaluate({ data }) {
    const cloud = accountCloud(data)
    const outcomes = iamUsersOf(data.iam.credentialReport?.users ?? []).map((user) => {
      const resource = userResource(data, user.user, user.arn)
      if (!user.passwordEnabled)
        return { status: 'pass' as const, detail: `${user.user} has no console password.`, resource, cloud }
      if (!user.mfaActive)
        return {
          status: 'fail' as const,
          detail: `${user.user} has a console password and no MFA device.`,
          resource,
          cloud,
        }
      return {
        status: 'pass' as const,
        detail: `${user.user} signs in with a password and MFA.`,
        resource,
        cloud,
      }
    })
    return orNotApplicable(outcomes, accountResource(data), cloud, 'The account has no IAM users.')
  },
}

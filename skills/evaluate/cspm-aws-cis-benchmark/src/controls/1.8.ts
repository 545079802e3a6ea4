/** 1.8: short passwords fall to guessing and cracking; 14 characters is the benchmark's floor. */
import { SECTIONS } from '../sections.ts'
import { type AwsControl, accountCloud, accountResource } from '../subject.ts'

const MINIMUM_LENGTH = 14

export const passwordMinimumLength: AwsControl = {
  id: '1.8',
  title: 'Ensure IAM password policy requires minimum length of 14 or greater',
  severity: 'medium',
  attacks: ['T1110'],
  requirements: ['NIST CSF 2.0 PR.AA-01', 'NIST CSF 2.0 PR.AA-03', 'SOC 2 CC6.1'],
  remediation:
    'Set the account password policy minimum length to 14 or more: aws iam update-account-password-policy --minimum-password-length 14 (with the other settings you keep).',
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
  ],
  sections: [SECTIONS.passwordPolicy],
  evaluate({ data }) {
    const policy = data.iam.passwordPolicy
    const resource = accountResource(data)
    const cloud = accountCloud(data)
    if (policy === null)
      return [
        {
          status: 'fail',
          detail: 'The account has no IAM password policy, so passwords of 8 characters are accepted.',
          resource,
          cloud,
        },
      ]
    const length = policy.minimumPasswordLength
    if (length === null || length < MINIMUM_LENGTH)
      return [
        {
          status: 'fail',
          detail: `The password policy requires ${length ?? 'no'} characters at least; the benchmark asks for ${MINIMUM_LENGTH}.`,
          resource,
          cloud,
        },
      ]
    return [
      {
        status: 'pass',
        detail: `The password policy requires ${length} characters at least.`,
        resource,
        cloud,
      },
    ]
  },
}

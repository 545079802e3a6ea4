/** 1.9: a reused password lets a credential leaked elsewhere, or an old one, sign in again. */
import { SECTIONS } from '../sections.ts'
import { type AwsControl, accountCloud, accountResource } from '../subject.ts'

/** The benchmark's audit asks for 24, the most IAM remembers. */
const REMEMBERED_PASSWORDS = 24

export const passwordReusePrevention: AwsControl = {
  id: '1.9',
  title: 'Ensure IAM password policy prevents password reuse',
  severity: 'medium',
  attacks: ['T1110.004'],
  requirements: ['NIST CSF 2.0 PR.AA-01', 'SOC 2 CC6.1'],
  remediation:
    'Set the account password policy to remember 24 passwords: aws iam update-account-password-policy --password-reuse-prevention 24 (with the other settings you keep).',
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
          detail: 'The account has no IAM password policy, so any password may be reused.',
          resource,
          cloud,
        },
      ]
    const remembered = policy.passwordReusePrevention
    if (remembered === null || remembered < REMEMBERED_PASSWORDS)
      return [
        {
          status: 'fail',
          detail: `The password policy remembers ${remembered ?? 'no'} previous passwords; the benchmark asks for ${REMEMBERED_PASSWORDS}.`,
          resource,
          cloud,
        },
      ]
    return [
      {
        status: 'pass',
        detail: `The password policy remembers ${remembered} previous passwords.`,
        resource,
        cloud,
      },
    ]
  },
}

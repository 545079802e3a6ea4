/** 1.5: the root user can do anything, including closing the account; a password alone guards it without MFA. */
import { SECTIONS } from '../sections.ts'
import { type AwsControl, accountCloud, accountResource } from '../subject.ts'

export const rootMfa: AwsControl = {
  id: '1.5',
  title: "Ensure MFA is enabled for the 'root' user account",
  severity: 'critical',
  attacks: ['T1078.004', 'T1110'],
  requirements: ['NIST CSF 2.0 PR.AA-03', 'SOC 2 CC6.1'],
  remediation:
    'Sign in as the root user, open Security credentials and assign an MFA device (a hardware key or authenticator).',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html'],
  sections: [SECTIONS.accountSummary],
  evaluate({ data }) {
    const summary = data.iam.accountSummary
    const resource = accountResource(data)
    const cloud = accountCloud(data)
    if (summary === null)
      return [{ status: 'unknown', detail: 'The snapshot has no account summary.', resource, cloud }]
    if (!summary.accountMfaEnabled)
      return [{ status: 'fail', detail: 'The root user has no MFA device.', resource, cloud }]
    return [{ status: 'pass', detail: 'The root user has an MFA device.', resource, cloud }]
  },
}

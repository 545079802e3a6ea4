/** 1.4: the root user's access keys are long-lived credentials with every permission and no way to scope them. */
import { SECTIONS } from '../sections.ts'
import { type AwsControl, accountCloud, accountResource } from '../subject.ts'

export const noRootAccessKey: AwsControl = {
  id: '1.4',
  title: "Ensure no 'root' user account access key exists",
  severity: 'critical',
  attacks: ['T1078.004'],
  requirements: ['NIST CSF 2.0 PR.AA-01', 'NIST CSF 2.0 PR.AA-05', 'SOC 2 CC6.1', 'SOC 2 CC6.3'],
  remediation:
    'Sign in as the root user, open Security credentials and delete every access key; give programs IAM roles instead.',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html'],
  sections: [SECTIONS.accountSummary],
  evaluate({ data }) {
    const summary = data.iam.accountSummary
    const resource = accountResource(data)
    const cloud = accountCloud(data)
    if (summary === null)
      return [{ status: 'unknown', detail: 'The snapshot has no account summary.', resource, cloud }]
    if (summary.accountAccessKeysPresent)
      return [{ status: 'fail', detail: 'The root user has at least one access key.', resource, cloud }]
    return [{ status: 'pass', detail: 'The root user has no access key.', resource, cloud }]
  },
}

/** 1.16: a "*:*" policy turns any compromise of whoever holds it into control of the whole account. */
import { fullAdminStatements } from '../admin-policy.ts'
import { orNotApplicable } from '../outcomes.ts'
import { SECTIONS } from '../sections.ts'
import { type AwsControl, accountCloud, accountResource, policyResource } from '../subject.ts'

export const noFullAdminPolicies: AwsControl = {
  id: '1.16',
  title: 'Ensure IAM policies that allow full "*:*" administrative privileges are not attached',
  severity: 'high',
  attacks: ['T1078.004'],
  requirements: ['NIST CSF 2.0 PR.AA-05', 'SOC 2 CC6.3'],
  remediation:
    'Replace the policy with one granting only the actions needed, then detach it from every user, group and role (aws iam list-entities-for-policy, detach-user-policy, detach-group-policy, detach-role-policy).',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
  sections: [SECTIONS.attachedPolicies],
  evaluate({ data }) {
    const cloud = accountCloud(data)
    const outcomes = data.iam.attachedPolicies.map((policy) => {
      const resource = policyResource(data, policy.policyName, policy.arn)
      const statements = fullAdminStatements(policy.document)
      if (statements.length > 0)
        return {
          status: 'fail' as const,
          detail: `${policy.policyName} (${policy.defaultVersionId}) allows "*" on "*" in ${statements.join(', ')} and is attached.`,
          resource,
          cloud,
        }
      return {
        status: 'pass' as const,
        detail: `${policy.policyName} (${policy.defaultVersionId}) does not allow "*" on "*".`,
        resource,
        cloud,
      }
    })
    return orNotApplicable(
      outcomes,
      accountResource(data),
      cloud,
      'No managed policy is attached in the account.',
    )
  },
}

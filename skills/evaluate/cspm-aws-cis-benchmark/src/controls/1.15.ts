/**
 * 1.15: permissions granted user by user drift out of review; granted through groups they are managed as roles,
 * and a leaver loses them with the membership.
 */
import { orNotApplicable, plural } from '../outcomes.ts'
import { SECTIONS } from '../sections.ts'
import { type AwsControl, accountCloud, accountResource, userResource } from '../subject.ts'

export const permissionsThroughGroups: AwsControl = {
  id: '1.15',
  title: 'Ensure IAM Users Receive Permissions Only Through Groups',
  severity: 'low',
  attacks: ['T1098'],
  requirements: ['NIST CSF 2.0 PR.AA-05', 'SOC 2 CC6.3'],
  remediation:
    'Add the user to a group that carries the permissions, then remove the inline policies (aws iam delete-user-policy) and detach the managed ones (aws iam detach-user-policy).',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups_manage_attach-policy.html'],
  sections: [SECTIONS.users],
  evaluate({ data }) {
    const cloud = accountCloud(data)
    const outcomes = data.iam.users.map((user) => {
      const resource = userResource(data, user.userName, user.arn)
      const direct: string[] = []
      if (user.inlinePolicyNames.length > 0)
        direct.push(
          `${plural(user.inlinePolicyNames.length, 'inline policy', 'inline policies')} (${user.inlinePolicyNames.join(', ')})`,
        )
      if (user.attachedPolicyArns.length > 0)
        direct.push(
          `${plural(user.attachedPolicyArns.length, 'directly attached policy', 'directly attached policies')} (${user.attachedPolicyArns.join(', ')})`,
        )
      if (direct.length > 0)
        return {
          status: 'fail' as const,
          detail: `${user.userName} has ${direct.join(' and ')}.`,
          resource,
          cloud,
        }
      return {
        status: 'pass' as const,
        detail: `${user.userName} has no inline or directly attached policy.`,
        resource,
        cloud,
      }
    })
    return orNotApplicable(outcomes, accountResource(data), cloud, 'The account has no IAM users.')
  },
}

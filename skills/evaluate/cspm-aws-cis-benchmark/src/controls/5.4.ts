/**
 * 5.4: instances launched without a group land in the default one, which lets its members reach each other
 * freely; emptied of rules it forces every workload into a deliberate group.
 */
import type { ControlOutcome } from '#shared/posture/index.ts'
import { orNotApplicable, plural } from '../outcomes.ts'
import { perRegion } from '../regional.ts'
import { SECTIONS } from '../sections.ts'
import { type AwsControl, accountCloud, accountResource, securityGroupResource } from '../subject.ts'

/** The name EC2 gives every VPC's default security group; it cannot be renamed. */
const DEFAULT_GROUP_NAME = 'default'

export const defaultSecurityGroupClosed: AwsControl = {
  id: '5.4',
  title: 'Ensure the default security group of every VPC restricts all traffic',
  severity: 'medium',
  attacks: ['T1021'],
  requirements: ['NIST CSF 2.0 PR.IR-01', 'SOC 2 CC6.6'],
  remediation:
    'Move workloads to purpose-made groups, then delete every inbound and outbound rule of the default group (aws ec2 revoke-security-group-ingress and revoke-security-group-egress).',
  references: ['https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html'],
  sections: [SECTIONS.regions],
  evaluate({ data }) {
    const outcomes = perRegion(data, ['securityGroups'], ({ region, securityGroups }) =>
      securityGroups
        .filter((group) => group.groupName === DEFAULT_GROUP_NAME && group.vpcId !== null)
        .map((group): ControlOutcome => {
          const resource = securityGroupResource(data, group.groupId, group.groupName, region)
          const cloud = accountCloud(data, region)
          const rules = group.ingress.length + group.egress.length
          if (rules === 0)
            return {
              status: 'pass',
              detail: `${group.groupId}, the default group of ${group.vpcId}, has no rules.`,
              resource,
              cloud,
            }
          return {
            status: 'fail',
            detail: `${group.groupId}, the default group of ${group.vpcId}, has ${plural(group.ingress.length, 'inbound rule')} and ${plural(group.egress.length, 'outbound rule')}.`,
            resource,
            cloud,
          }
        }),
    )
    return orNotApplicable(outcomes, accountResource(data), accountCloud(data), 'No region was evaluated.')
  },
}

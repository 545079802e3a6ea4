/** The shared body of 5.2 (IPv4) and 5.3 (IPv6): one outcome per security group, failing on any open admin port. */
import type { ControlOutcome } from '#shared/posture/index.ts'
import { adminPortsOpen } from './admin-ports.ts'
import { orNotApplicable } from './outcomes.ts'
import { perRegion } from './regional.ts'
import type { AwsSnapshotData, IpPermission } from './snapshot.ts'
import { accountCloud, accountResource, securityGroupResource } from './subject.ts'

export function openAdminPortOutcomes(
  data: AwsSnapshotData,
  anywhere: string,
  rangesOf: (permission: IpPermission) => readonly string[],
): ControlOutcome[] {
  const outcomes = perRegion(data, ['securityGroups'], ({ region, securityGroups }) =>
    securityGroups.map((group): ControlOutcome => {
      const resource = securityGroupResource(data, group.groupId, group.groupName, region)
      const cloud = accountCloud(data, region)
      const open = group.ingress.flatMap((permission) =>
        adminPortsOpen(permission, anywhere, rangesOf(permission)),
      )
      const name = `${group.groupId} (${group.groupName})`
      if (open.length > 0)
        return {
          status: 'fail',
          detail: `${name} allows ${anywhere} to ${open.join(', ')}.`,
          resource,
          cloud,
        }
      return {
        status: 'pass',
        detail: `${name} allows no ingress from ${anywhere} to port 22 or 3389.`,
        resource,
        cloud,
      }
    }),
  )
  return orNotApplicable(outcomes, accountResource(data), accountCloud(data), 'No region was evaluated.')
}

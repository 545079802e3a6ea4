/** EC2 in one region: EBS encryption by default, VPCs, flow logs and security groups. */
import type { IpPermission as SdkIpPermission } from '@aws-sdk/client-ec2'
import type { IpPermission, RegionConfig } from '../snapshot.ts'
import { type ApiCall, attempt } from './aws-call.ts'
import { type ClientSettings, clientConfig } from './client-settings.ts'

type Ec2Part = Exclude<keyof NonNullable<RegionConfig['errors']>, 'trails'>
export type Ec2Region = Omit<RegionConfig, 'errors'> & { errors: Partial<Record<Ec2Part, string>> }

function call(operation: string): ApiCall {
  return { service: 'Amazon EC2', operation, permission: `ec2:${operation}` }
}

function toPermission(permission: SdkIpPermission): IpPermission {
  return {
    ipProtocol: permission.IpProtocol ?? '',
    fromPort: permission.FromPort ?? null,
    toPort: permission.ToPort ?? null,
    ipv4Ranges: (permission.IpRanges ?? []).map((range) => range.CidrIp ?? ''),
    ipv6Ranges: (permission.Ipv6Ranges ?? []).map((range) => range.CidrIpv6 ?? ''),
    otherSources: (permission.UserIdGroupPairs ?? []).length + (permission.PrefixListIds ?? []).length,
  }
}

export async function collectEc2Region(settings: ClientSettings, region: string): Promise<Ec2Region> {
  const sdk = await import('@aws-sdk/client-ec2')
  const client = new sdk.EC2Client(clientConfig(settings, region))
  const errors: Ec2Region['errors'] = {}
  const ebsEncryptionByDefault = await attempt(
    errors,
    'ebsEncryptionByDefault',
    call('GetEbsEncryptionByDefault'),
    async () => {
      const { EbsEncryptionByDefault } = await client.send(new sdk.GetEbsEncryptionByDefaultCommand({}))
      return EbsEncryptionByDefault === true
    },
  )
  const vpcs = await attempt(errors, 'vpcs', call('DescribeVpcs'), async () => {
    const found: RegionConfig['vpcs'] = []
    for await (const page of sdk.paginateDescribeVpcs({ client }, {})) {
      for (const vpc of page.Vpcs ?? [])
        found.push({ vpcId: vpc.VpcId ?? '', isDefault: vpc.IsDefault === true })
    }
    return found
  })
  const flowLogs = await attempt(errors, 'flowLogs', call('DescribeFlowLogs'), async () => {
    const found: RegionConfig['flowLogs'] = []
    for await (const page of sdk.paginateDescribeFlowLogs({ client }, {})) {
      for (const flowLog of page.FlowLogs ?? [])
        found.push({
          flowLogId: flowLog.FlowLogId ?? '',
          resourceId: flowLog.ResourceId ?? '',
          flowLogStatus: flowLog.FlowLogStatus ?? null,
          trafficType: flowLog.TrafficType ?? null,
        })
    }
    return found
  })
  const securityGroups = await attempt(errors, 'securityGroups', call('DescribeSecurityGroups'), async () => {
    const found: RegionConfig['securityGroups'] = []
    for await (const page of sdk.paginateDescribeSecurityGroups({ client }, {})) {
      for (const group of page.SecurityGroups ?? [])
        found.push({
          groupId: group.GroupId ?? '',
          groupName: group.GroupName ?? '',
          vpcId: group.VpcId ?? null,
          ingress: (group.IpPermissions ?? []).map(toPermission),
          egress: (group.IpPermissionsEgress ?? []).map(toPermission),
        })
    }
    return found
  })
  client.destroy()
  return {
    region,
    ebsEncryptionByDefault: ebsEncryptionByDefault ?? null,
    vpcs: vpcs ?? [],
    flowLogs: flowLogs ?? [],
    securityGroups: securityGroups ?? [],
    errors,
  }
}

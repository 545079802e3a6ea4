/** EC2 in one region: VPCs, subnets, security groups and their inbound rules, and instances. */
import type { IngressRule } from '../../environment.ts'
import type { Collection } from '../collection.ts'
import type { InstanceProfileRoles } from './aws-iam.ts'
import { type AwsAccount, type AwsSettings, clientConfig } from './aws-settings.ts'

type Tag = { Key?: string; Value?: string }

function nameTag(tags: readonly Tag[] | undefined): string | undefined {
  return tags?.find((tag) => tag.Key === 'Name')?.Value || undefined
}

function tagsOf(tags: readonly Tag[] | undefined): Record<string, string> | undefined {
  if (tags === undefined || tags.length === 0) return undefined
  const record: Record<string, string> = {}
  for (const tag of tags) if (tag.Key !== undefined) record[tag.Key] = tag.Value ?? ''
  return record
}

interface Permission {
  IpProtocol?: string
  FromPort?: number
  ToPort?: number
  IpRanges?: Array<{ CidrIp?: string }>
  Ipv6Ranges?: Array<{ CidrIpv6?: string }>
}

/** EC2 writes -1 for "all protocols" and for "no ports" (ICMP, all traffic). */
export function ingressOf(permissions: readonly Permission[] | undefined): IngressRule[] {
  const rules: IngressRule[] = []
  for (const permission of permissions ?? []) {
    const protocol = permission.IpProtocol === '-1' ? 'all' : (permission.IpProtocol ?? 'all')
    const ports =
      protocol === 'all' || permission.FromPort === undefined || permission.FromPort === -1
        ? {}
        : { from_port: permission.FromPort, to_port: permission.ToPort ?? permission.FromPort }
    const sources = [
      ...(permission.IpRanges ?? []).map((range) => range.CidrIp),
      ...(permission.Ipv6Ranges ?? []).map((range) => range.CidrIpv6),
    ]
    for (const source of sources) if (source !== undefined) rules.push({ source, protocol, ...ports })
  }
  return rules
}

export async function collectEc2Region(
  settings: AwsSettings,
  region: string,
  account: AwsAccount,
  profileRoles: InstanceProfileRoles,
  collection: Collection,
): Promise<void> {
  const sdk = await import('@aws-sdk/client-ec2')
  const client = new sdk.EC2Client(clientConfig(settings, region))
  const call = (operation: string) => ({
    service: 'Amazon EC2',
    operation,
    permission: `ec2:${operation}`,
    region,
  })
  const arn = (kind: string, id: string) =>
    `arn:${account.partition}:ec2:${region}:${account.accountId}:${kind}/${id}`
  await collection.read(call('DescribeVpcs'), async () => {
    for await (const page of sdk.paginateDescribeVpcs({ client }, {})) {
      for (const vpc of page.Vpcs ?? []) {
        const id = vpc.VpcId ?? ''
        collection.add({
          uid: arn('vpc', id),
          type: 'network',
          name: nameTag(vpc.Tags) ?? id,
          region,
          tags: tagsOf(vpc.Tags),
        })
      }
    }
  })
  await collection.read(call('DescribeSubnets'), async () => {
    for await (const page of sdk.paginateDescribeSubnets({ client }, {})) {
      for (const subnet of page.Subnets ?? []) {
        const uid = subnet.SubnetArn ?? arn('subnet', subnet.SubnetId ?? '')
        collection.add({
          uid,
          type: 'subnet',
          name: nameTag(subnet.Tags) ?? subnet.SubnetId,
          region,
          tags: tagsOf(subnet.Tags),
        })
        if (subnet.VpcId !== undefined) collection.relate(uid, 'in', arn('vpc', subnet.VpcId))
      }
    }
  })
  await collection.read(call('DescribeSecurityGroups'), async () => {
    for await (const page of sdk.paginateDescribeSecurityGroups({ client }, {})) {
      for (const group of page.SecurityGroups ?? []) {
        const uid = arn('security-group', group.GroupId ?? '')
        collection.add({
          uid,
          type: 'security-group',
          name: group.GroupName ?? group.GroupId,
          region,
          ingress: ingressOf(group.IpPermissions),
          tags: tagsOf(group.Tags),
        })
        if (group.VpcId !== undefined) collection.relate(uid, 'in', arn('vpc', group.VpcId))
      }
    }
  })
  await collection.read(call('DescribeInstances'), async () => {
    for await (const page of sdk.paginateDescribeInstances({ client }, {})) {
      for (const instance of (page.Reservations ?? []).flatMap(
        (reservation) => reservation.Instances ?? [],
      )) {
        const uid = arn('instance', instance.InstanceId ?? '')
        const metadata = instance.MetadataOptions
        collection.add({
          uid,
          type: 'instance',
          name: nameTag(instance.Tags) ?? instance.InstanceId,
          region,
          // IMDSv1 answers unless tokens are required or the endpoint is off.
          metadata_v1: metadata?.HttpEndpoint !== 'disabled' && metadata?.HttpTokens !== 'required',
          public_ip: instance.PublicIpAddress,
          tags: tagsOf(instance.Tags),
        })
        if (instance.SubnetId !== undefined) collection.relate(uid, 'in', arn('subnet', instance.SubnetId))
        for (const group of instance.SecurityGroups ?? []) {
          if (group.GroupId !== undefined)
            collection.relate(uid, 'protected-by', arn('security-group', group.GroupId))
        }
        const profile = instance.IamInstanceProfile?.Arn
        for (const role of profile === undefined ? [] : (profileRoles.get(profile) ?? [])) {
          collection.relate(uid, 'assumes', role)
        }
      }
    }
  })
  client.destroy()
}

/** Regions asked for, or every region the account has enabled (DescribeRegions), sorted. */
export async function planRegions(settings: AwsSettings, collection: Collection): Promise<string[]> {
  if (settings.regions !== undefined && settings.regions.length > 0)
    return [...new Set(settings.regions)].sort()
  const sdk = await import('@aws-sdk/client-ec2')
  const client = new sdk.EC2Client(clientConfig(settings, settings.homeRegion))
  const regions = await collection.read(
    { service: 'Amazon EC2', operation: 'DescribeRegions', permission: 'ec2:DescribeRegions' },
    async () => {
      const { Regions = [] } = await client.send(new sdk.DescribeRegionsCommand({}))
      return Regions.map((region) => region.RegionName ?? '').filter((name) => name.length > 0)
    },
  )
  client.destroy()
  return (regions ?? [settings.homeRegion]).sort()
}

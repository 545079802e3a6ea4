/**
 * Azure networking: virtual networks with their subnets (and the network security group each subnet
 * uses), and network security groups with their inbound Allow rules.
 */
import type { NetworkSecurityGroup, VirtualNetwork } from '@azure/arm-network'
import type { IngressRule } from '../../environment.ts'
import type { Collection } from '../collection.ts'

type SecurityRule = NonNullable<NetworkSecurityGroup['securityRules']>[number]

/** `22`, `1000-2000`, or `*` for every port. */
function portsOf(range: string): { from_port?: number; to_port?: number } {
  if (range === '*') return {}
  const [from, to] = range.split('-').map(Number)
  if (from === undefined || !Number.isInteger(from)) return {}
  return { from_port: from, to_port: to !== undefined && Number.isInteger(to) ? to : from }
}

export function securityRuleIngress(rules: readonly SecurityRule[] | undefined): IngressRule[] {
  const ingress: IngressRule[] = []
  for (const rule of rules ?? []) {
    if (rule.direction !== 'Inbound' || rule.access !== 'Allow') continue
    const sources = [rule.sourceAddressPrefix, ...(rule.sourceAddressPrefixes ?? [])].filter(
      (source): source is string => source !== undefined && source.length > 0,
    )
    const ranges = [rule.destinationPortRange, ...(rule.destinationPortRanges ?? [])].filter(
      (range): range is string => range !== undefined && range.length > 0,
    )
    const protocol = rule.protocol === '*' ? 'all' : (rule.protocol ?? 'all').toLowerCase()
    for (const source of sources) {
      for (const range of ranges.length === 0 ? ['*'] : ranges)
        ingress.push({ source, protocol, ...portsOf(range) })
    }
  }
  return ingress
}

export function addVirtualNetwork(network: VirtualNetwork, collection: Collection): void {
  const id = network.id ?? ''
  collection.add({ uid: id, type: 'network', name: network.name, region: network.location })
  for (const subnet of network.subnets ?? []) {
    if (subnet.id === undefined) continue
    collection.add({ uid: subnet.id, type: 'subnet', name: subnet.name, region: network.location })
    collection.relate(subnet.id, 'in', id)
    const group = subnet.networkSecurityGroup?.id
    if (group !== undefined) collection.relate(subnet.id, 'protected-by', group)
  }
}

export function addSecurityGroup(group: NetworkSecurityGroup, collection: Collection): void {
  collection.add({
    uid: group.id ?? '',
    type: 'security-group',
    name: group.name,
    region: group.location,
    ingress: securityRuleIngress(group.securityRules),
  })
}

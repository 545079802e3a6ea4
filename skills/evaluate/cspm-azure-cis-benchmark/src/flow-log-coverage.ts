/**
 * Which flow logs cover a network security group: one that targets the group itself (an NSG flow log), or
 * one that targets a subnet the group is attached to or that subnet's virtual network (a virtual network
 * flow log, which Azure has offered in place of NSG flow logs since NSG flow log creation was retired).
 */
import type { FlowLog, NetworkSecurityGroup } from './snapshot.ts'

/** /subscriptions/s/resourceGroups/g/providers/Microsoft.Network/virtualNetworks/v/subnets/x -> .../virtualNetworks/v */
function virtualNetworkOf(subnetId: string): string {
  const at = subnetId.toLowerCase().lastIndexOf('/subnets/')
  return at === -1 ? subnetId : subnetId.slice(0, at)
}

export function coveringFlowLogs(group: NetworkSecurityGroup, flowLogs: readonly FlowLog[]): FlowLog[] {
  // Resource Manager ids are case-insensitive.
  const targets = new Set(
    [group.id, ...group.subnetIds, ...group.subnetIds.map(virtualNetworkOf)].map((id) => id.toLowerCase()),
  )
  return flowLogs.filter((flowLog) => targets.has(flowLog.targetResourceId.toLowerCase()))
}

/** 0 days (or no retention policy) keeps logs until deleted; otherwise the benchmark wants 90 days or more. */
export const MINIMUM_RETENTION_DAYS = 90

export function retentionOf(flowLog: FlowLog): { kept: boolean; words: string } {
  const policy = flowLog.retentionPolicy
  if (policy === null || !policy.enabled) return { kept: true, words: 'kept until deleted' }
  if (policy.days === 0) return { kept: true, words: 'retention 0 days (kept until deleted)' }
  return { kept: policy.days >= MINIMUM_RETENTION_DAYS, words: `retention ${policy.days} days` }
}

/** The SDK's models as the snapshot keeps them: only what the controls read, with absent values as null. */
import type {
  FlowLog as SdkFlowLog,
  NetworkSecurityGroup as SdkNetworkSecurityGroup,
  SecurityRule as SdkSecurityRule,
} from '@azure/arm-network'
import type { StorageAccount as SdkStorageAccount } from '@azure/arm-storage'
import type { FlowLog, NetworkSecurityGroup, SecurityRule, StorageAccount } from '../snapshot.ts'

export function toStorageAccount(account: SdkStorageAccount): StorageAccount {
  return {
    id: account.id ?? '',
    name: account.name ?? '',
    location: account.location ?? '',
    enableHttpsTrafficOnly: account.enableHttpsTrafficOnly ?? null,
    allowBlobPublicAccess: account.allowBlobPublicAccess ?? null,
    publicNetworkAccess: account.publicNetworkAccess ?? null,
    minimumTlsVersion: account.minimumTlsVersion ?? null,
    networkDefaultAction: account.networkRuleSet?.defaultAction ?? null,
  }
}

/** A rule names its sources and ports either singly or as a list; both are kept together. */
function bothForms(single: string | undefined, list: string[] | undefined): string[] {
  return [...(single === undefined || single === '' ? [] : [single]), ...(list ?? [])]
}

function toSecurityRule(rule: SdkSecurityRule): SecurityRule {
  return {
    name: rule.name ?? '',
    direction: rule.direction ?? '',
    access: rule.access ?? '',
    protocol: rule.protocol ?? '',
    priority: rule.priority ?? 0,
    sourceAddressPrefixes: bothForms(rule.sourceAddressPrefix, rule.sourceAddressPrefixes),
    destinationPortRanges: bothForms(rule.destinationPortRange, rule.destinationPortRanges),
  }
}

export function toNetworkSecurityGroup(group: SdkNetworkSecurityGroup): NetworkSecurityGroup {
  return {
    id: group.id ?? '',
    name: group.name ?? '',
    location: group.location ?? '',
    subnetIds: (group.subnets ?? []).flatMap((subnet) => (subnet.id === undefined ? [] : [subnet.id])),
    securityRules: (group.securityRules ?? []).map(toSecurityRule),
  }
}

export function toFlowLog(flowLog: SdkFlowLog): FlowLog {
  const retention = flowLog.retentionPolicy
  return {
    id: flowLog.id ?? '',
    name: flowLog.name ?? '',
    targetResourceId: flowLog.targetResourceId ?? '',
    enabled: flowLog.enabled === true,
    retentionPolicy:
      retention === undefined ? null : { enabled: retention.enabled === true, days: retention.days ?? 0 },
  }
}

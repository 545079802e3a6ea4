/**
 * The snapshot: exactly the Azure configuration the controls read, as the collector wrote it, in the
 * Resource Manager properties' names. A list that could not be read is empty and its reason is in the
 * envelope's `errors` under its section; a Network Watcher whose flow logs could not be listed has
 * `flowLogs: null` and the reason in its own `errors`.
 */
import * as z from '#shared/json/zod.ts'

export const StorageAccount = z.object({
  id: z.string(),
  name: z.string(),
  location: z.string(),
  /** supportsHttpsTrafficOnly; null when the API leaves it out. */
  enableHttpsTrafficOnly: z.boolean().nullable(),
  /** allowBlobPublicAccess; null when unset, which older accounts treat as allowed. */
  allowBlobPublicAccess: z.boolean().nullable(),
  /** "Enabled", "Disabled" or "SecuredByPerimeter"; null when unset, which means Enabled. */
  publicNetworkAccess: z.string().nullable(),
  /** "TLS1_0", "TLS1_1", "TLS1_2"...; null when unset, which means TLS1_0. */
  minimumTlsVersion: z.string().nullable(),
  /** networkRuleSet.defaultAction: "Allow" or "Deny"; null when the account has no rule set (Allow). */
  networkDefaultAction: z.string().nullable(),
})
export type StorageAccount = z.infer<typeof StorageAccount>

export const SecurityRule = z.object({
  name: z.string(),
  direction: z.string(),
  access: z.string(),
  /** "Tcp", "Udp", "Icmp", "Esp", "Ah" or "*". */
  protocol: z.string(),
  priority: z.int(),
  /** sourceAddressPrefix and sourceAddressPrefixes together. */
  sourceAddressPrefixes: z.array(z.string()),
  /** destinationPortRange and destinationPortRanges together: "22", "1000-2000" or "*". */
  destinationPortRanges: z.array(z.string()),
})
export type SecurityRule = z.infer<typeof SecurityRule>

export const NetworkSecurityGroup = z.object({
  id: z.string(),
  name: z.string(),
  location: z.string(),
  /** The subnets the group is attached to: a virtual network flow log covers it through them. */
  subnetIds: z.array(z.string()),
  securityRules: z.array(SecurityRule),
})
export type NetworkSecurityGroup = z.infer<typeof NetworkSecurityGroup>

export const FlowLog = z.object({
  id: z.string(),
  name: z.string(),
  /** The network security group, virtual network or subnet it logs. */
  targetResourceId: z.string(),
  enabled: z.boolean(),
  /** retentionPolicy; null when the flow log has none (kept until deleted). */
  retentionPolicy: z.object({ enabled: z.boolean(), days: z.int() }).nullable(),
})
export type FlowLog = z.infer<typeof FlowLog>

export const NetworkWatcher = z.object({
  id: z.string(),
  name: z.string(),
  location: z.string(),
  flowLogs: z.array(FlowLog).nullable(),
  errors: z.partialRecord(z.enum(['flowLogs']), z.string()).optional(),
})
export type NetworkWatcher = z.infer<typeof NetworkWatcher>

export const AzureSnapshotData = z.object({
  subscription: z.object({
    subscriptionId: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i),
  }),
  storageAccounts: z.array(StorageAccount),
  networkSecurityGroups: z.array(NetworkSecurityGroup),
  networkWatchers: z.array(NetworkWatcher),
})
export type AzureSnapshotData = z.infer<typeof AzureSnapshotData>

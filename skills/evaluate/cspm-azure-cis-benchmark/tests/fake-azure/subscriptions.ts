/** The subscriptions the loopback Resource Manager serves: one meeting every check, one failing every check. */
import type { FakeSubscription } from './server.ts'

export const COLLECTED_AT = Date.UTC(2026, 2, 2, 12)
export const COMPLIANT_SUBSCRIPTION = '11111111-2222-3333-4444-555555555555'
export const NONCOMPLIANT_SUBSCRIPTION = '66666666-7777-8888-9999-000000000000'

function group(subscription: string, resourceGroup: string): string {
  return `/subscriptions/${subscription}/resourceGroups/${resourceGroup}`
}

function storageAccount(
  subscription: string,
  name: string,
  location: string,
  properties: Record<string, unknown>,
) {
  return {
    id: `${group(subscription, 'rg-data')}/providers/Microsoft.Storage/storageAccounts/${name}`,
    name,
    type: 'Microsoft.Storage/storageAccounts',
    location,
    kind: 'StorageV2',
    sku: { name: 'Standard_LRS', tier: 'Standard' },
    properties: { provisioningState: 'Succeeded', ...properties },
  }
}

const LOCKED_DOWN = {
  supportsHttpsTrafficOnly: true,
  allowBlobPublicAccess: false,
  publicNetworkAccess: 'Disabled',
  minimumTlsVersion: 'TLS1_2',
  networkAcls: { bypass: 'AzureServices', defaultAction: 'Deny', ipRules: [], virtualNetworkRules: [] },
}

function rule(name: string, priority: number, properties: Record<string, unknown>) {
  return {
    name,
    properties: {
      protocol: 'Tcp',
      sourcePortRange: '*',
      destinationAddressPrefix: '*',
      access: 'Allow',
      direction: 'Inbound',
      priority,
      ...properties,
    },
  }
}

function nsg(subscription: string, name: string, location: string, rules: unknown[], subnets: string[] = []) {
  return {
    id: `${group(subscription, 'rg-network')}/providers/Microsoft.Network/networkSecurityGroups/${name}`,
    name,
    type: 'Microsoft.Network/networkSecurityGroups',
    location,
    properties: { securityRules: rules, subnets: subnets.map((id) => ({ id })) },
  }
}

function watcher(subscription: string, location: string, flowLogs: unknown[]) {
  const id = `${group(subscription, 'NetworkWatcherRG')}/providers/Microsoft.Network/networkWatchers/NetworkWatcher_${location}`
  return {
    resource: {
      id,
      name: `NetworkWatcher_${location}`,
      location,
      type: 'Microsoft.Network/networkWatchers',
      properties: { provisioningState: 'Succeeded' },
    },
    flowLogs,
  }
}

function flowLog(
  subscription: string,
  location: string,
  name: string,
  target: string,
  enabled: boolean,
  retention?: { days: number; enabled: boolean },
) {
  return {
    id: `${group(subscription, 'NetworkWatcherRG')}/providers/Microsoft.Network/networkWatchers/NetworkWatcher_${location}/flowLogs/${name}`,
    name,
    location,
    properties: {
      targetResourceId: target,
      storageId: `${group(subscription, 'rg-logs')}/providers/Microsoft.Storage/storageAccounts/flowlogs${location}`,
      enabled,
      ...(retention === undefined ? {} : { retentionPolicy: retention }),
      format: { type: 'JSON', version: 2 },
    },
  }
}

export function compliantSubscription(): FakeSubscription {
  const s = COMPLIANT_SUBSCRIPTION
  const vnet = `${group(s, 'rg-network')}/providers/Microsoft.Network/virtualNetworks/vnet-hub`
  const web = nsg(s, 'nsg-web', 'westeurope', [
    rule('allow-https', 100, { sourceAddressPrefix: 'Internet', destinationPortRange: '443' }),
    rule('allow-ssh-from-office', 110, {
      sourceAddressPrefixes: ['203.0.113.0/24'],
      destinationPortRange: '22',
    }),
    rule('deny-rdp', 120, { sourceAddressPrefix: '*', destinationPortRange: '3389', access: 'Deny' }),
  ])
  const app = nsg(
    s,
    'nsg-app',
    'westeurope',
    [rule('allow-vnet-8080', 100, { sourceAddressPrefix: 'VirtualNetwork', destinationPortRange: '8080' })],
    [`${vnet}/subnets/app`],
  )
  const db = nsg(s, 'nsg-db', 'northeurope', [
    rule('allow-sql-from-app', 100, {
      sourceAddressPrefix: '10.0.1.0/24',
      destinationPortRanges: ['1433', '1434'],
    }),
  ])
  return {
    subscriptionId: s,
    storageAccounts: [
      storageAccount(s, 'acmeproddata', 'westeurope', LOCKED_DOWN),
      storageAccount(s, 'acmeprodlogs', 'westeurope', { ...LOCKED_DOWN, minimumTlsVersion: 'TLS1_3' }),
      storageAccount(s, 'acmeprodbackup', 'northeurope', LOCKED_DOWN),
    ],
    networkSecurityGroups: [web, app, db],
    networkWatchers: [
      watcher(s, 'westeurope', [
        flowLog(s, 'westeurope', 'fl-nsg-web', web.id, true, { days: 90, enabled: true }),
        flowLog(s, 'westeurope', 'fl-vnet-hub', vnet, true, { days: 0, enabled: true }),
        // A virtual network without a security group of its own: its flow log judges no group.
        flowLog(
          s,
          'westeurope',
          'fl-vnet-spoke',
          `${group(s, 'rg-network')}/providers/Microsoft.Network/virtualNetworks/vnet-spoke`,
          true,
        ),
      ]),
      watcher(s, 'northeurope', [
        flowLog(s, 'northeurope', 'fl-nsg-db', db.id, true, { days: 365, enabled: true }),
      ]),
    ],
  }
}

export function noncompliantSubscription(): FakeSubscription {
  const s = NONCOMPLIANT_SUBSCRIPTION
  const open = nsg(s, 'nsg-open', 'eastus', [
    rule('ssh-anywhere', 100, { sourceAddressPrefix: '*', destinationPortRange: '22' }),
    rule('rdp-internet', 110, { sourceAddressPrefix: 'Internet', destinationPortRange: '3389' }),
  ])
  const legacy = nsg(s, 'nsg-legacy', 'eastus', [
    rule('mgmt-range', 100, {
      protocol: '*',
      sourceAddressPrefixes: ['0.0.0.0/0'],
      destinationPortRanges: ['20-3400'],
    }),
  ])
  const short = nsg(s, 'nsg-short-retention', 'eastus', [
    rule('rdp-udp', 100, { protocol: 'Udp', sourceAddressPrefix: '*', destinationPortRange: '3389' }),
  ])
  const west = nsg(s, 'nsg-west', 'westus', [
    rule('any-port-from-any', 100, { sourceAddressPrefix: 'Any', destinationPortRange: '*' }),
  ])
  return {
    subscriptionId: s,
    storageAccounts: [
      storageAccount(s, 'acmedevopen', 'eastus', {
        supportsHttpsTrafficOnly: false,
        allowBlobPublicAccess: true,
        publicNetworkAccess: 'Enabled',
        minimumTlsVersion: 'TLS1_0',
        networkAcls: {
          bypass: 'AzureServices',
          defaultAction: 'Allow',
          ipRules: [],
          virtualNetworkRules: [],
        },
      }),
      // An account created before these properties existed: each is absent, and each default is the weak one.
      storageAccount(s, 'acmedevlegacy', 'eastus', { supportsHttpsTrafficOnly: true }),
      storageAccount(s, 'acmedevtls11', 'eastus', { ...LOCKED_DOWN, minimumTlsVersion: 'TLS1_1' }),
      storageAccount(s, 'acmedevlocked', 'westus', LOCKED_DOWN),
    ],
    networkSecurityGroups: [open, legacy, short, west],
    networkWatchers: [
      watcher(s, 'eastus', [
        flowLog(s, 'eastus', 'fl-nsg-open', open.id, false, { days: 90, enabled: true }),
        flowLog(s, 'eastus', 'fl-nsg-short', short.id, true, { days: 30, enabled: true }),
      ]),
    ],
  }
}

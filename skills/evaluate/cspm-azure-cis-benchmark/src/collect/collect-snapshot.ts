/**
 * A live, read-only collection of everything the controls read, as one snapshot: storage accounts, network
 * security groups, and every Network Watcher with its flow logs, each list followed through nextLink by the
 * SDK's pager. The SDKs are imported here, on the live path only, so an offline evaluation never loads them.
 */
import { formatTime } from '#shared/ocsf/index.ts'
import type { Progress, SnapshotFile } from '#shared/posture/index.ts'
import { SNAPSHOT_KIND } from '../benchmark.ts'
import { SECTIONS } from '../sections.ts'
import type { AzureSnapshotData } from '../snapshot.ts'
import { attempt } from './arm-call.ts'
import { toFlowLog, toNetworkSecurityGroup, toStorageAccount } from './to-snapshot.ts'

export interface CollectSettings {
  readonly subscription: string
  /** Another Resource Manager endpoint than the public cloud's (a sovereign cloud, or a local server in tests). */
  readonly endpoint?: string
  /** Retries of a throttled or failed call; Resource Manager's Retry-After is waited out each time. */
  readonly maxRetries: number
  readonly now: number
}

const DEFAULT_ARM_ENDPOINT = 'https://management.azure.com'

/** The resource group of a Resource Manager id, which the flow log list takes. */
function resourceGroupOf(id: string): string {
  return /\/resourceGroups\/([^/]+)/i.exec(id)?.[1] ?? ''
}

async function listAll<Item, Result>(
  pages: AsyncIterable<Item>,
  map: (item: Item) => Result,
): Promise<Result[]> {
  const found: Result[] = []
  for await (const item of pages) found.push(map(item))
  return found
}

export async function collectSnapshot(
  settings: CollectSettings,
  progress: Progress,
): Promise<SnapshotFile<AzureSnapshotData>> {
  const [{ DefaultAzureCredential }, { StorageManagementClient }, { NetworkManagementClient }] =
    await Promise.all([import('@azure/identity'), import('@azure/arm-storage'), import('@azure/arm-network')])
  const endpoint = settings.endpoint ?? DEFAULT_ARM_ENDPOINT
  // The token is asked for the endpoint's own audience, so a sovereign cloud's token is never sent elsewhere.
  const scope = `${endpoint}/.default`
  const retryOptions = { maxRetries: settings.maxRetries, retryDelayInMs: 1000, maxRetryDelayInMs: 60_000 }
  const credential = new DefaultAzureCredential()
  const storage = new StorageManagementClient(credential, settings.subscription, {
    endpoint,
    credentials: { scopes: [scope] },
    retryOptions,
  })
  const network = new NetworkManagementClient(credential, settings.subscription, {
    endpoint,
    $host: endpoint,
    credentialScopes: [scope],
    retryOptions,
  })
  const errors: Record<string, string> = {}

  progress.step('storage accounts')
  const storageAccounts = await attempt(
    errors,
    SECTIONS.storageAccounts,
    {
      service: 'Azure Storage',
      operation: 'Storage Accounts - List',
      permission: 'Microsoft.Storage/storageAccounts/read',
    },
    () => listAll(storage.storageAccounts.list(), toStorageAccount),
  )
  progress.step('network security groups')
  const networkSecurityGroups = await attempt(
    errors,
    SECTIONS.networkSecurityGroups,
    {
      service: 'Azure Networking',
      operation: 'Network Security Groups - List All',
      permission: 'Microsoft.Network/networkSecurityGroups/read',
    },
    () => listAll(network.networkSecurityGroups.listAll(), toNetworkSecurityGroup),
  )
  progress.step('Network Watchers and their flow logs')
  const watchers = await attempt(
    errors,
    SECTIONS.networkWatchers,
    {
      service: 'Azure Networking',
      operation: 'Network Watchers - List All',
      permission: 'Microsoft.Network/networkWatchers/read',
    },
    () =>
      listAll(network.networkWatchers.listAll(), (watcher) => ({
        id: watcher.id ?? '',
        name: watcher.name ?? '',
        location: watcher.location ?? '',
      })),
  )
  const networkWatchers: AzureSnapshotData['networkWatchers'] = []
  for (const watcher of watchers ?? []) {
    const watcherErrors: NonNullable<AzureSnapshotData['networkWatchers'][number]['errors']> = {}
    const flowLogs = await attempt(
      watcherErrors,
      'flowLogs',
      {
        service: 'Azure Networking',
        operation: 'Flow Logs - List',
        permission: 'Microsoft.Network/networkWatchers/flowLogs/read',
      },
      () => listAll(network.flowLogs.list(resourceGroupOf(watcher.id), watcher.name), toFlowLog),
    )
    networkWatchers.push({ ...watcher, flowLogs: flowLogs ?? null, errors: watcherErrors })
  }
  return {
    kind: SNAPSHOT_KIND,
    collected_at: formatTime(settings.now),
    errors,
    data: {
      subscription: { subscriptionId: settings.subscription },
      storageAccounts: storageAccounts ?? [],
      networkSecurityGroups: networkSecurityGroups ?? [],
      networkWatchers,
    },
  }
}

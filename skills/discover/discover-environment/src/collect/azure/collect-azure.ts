/**
 * A read-only inventory of one Azure subscription through the Resource Manager SDKs: virtual networks and
 * network security groups, storage accounts (public when blob public access is allowed and a container
 * grants it), role assignments with their role names, and the resources that run code or serve models.
 * The SDKs are imported here, on the live path only.
 */
import type { CollectedEnvironment } from '../../environment.ts'
import { Collection } from '../collection.ts'
import { addSecurityGroup, addVirtualNetwork } from './azure-network.ts'
import { addPrincipal, addRunningResource } from './azure-resources.ts'

export const AZURE_CREDENTIALS_HINT =
  'DefaultAzureCredential: AZURE_TENANT_ID, AZURE_CLIENT_ID and a secret or certificate, workload identity, a managed identity, or `az login`'

const DEFAULT_ARM_ENDPOINT = 'https://management.azure.com'

export interface AzureSettings {
  readonly subscription: string
  /** Another Resource Manager endpoint than the public cloud's (a sovereign cloud, or a local server in tests). */
  readonly endpoint?: string
}

async function each<Item>(
  pages: AsyncIterable<Item>,
  use: (item: Item) => void | Promise<void>,
): Promise<void> {
  for await (const item of pages) await use(item)
}

function resourceGroupOf(id: string): string {
  return /\/resourceGroups\/([^/]+)/i.exec(id)?.[1] ?? ''
}

export async function collectAzure(
  settings: AzureSettings,
  progress: (step: string) => void,
): Promise<{ environment: CollectedEnvironment; errors: Readonly<Record<string, string>> }> {
  const [identity, networkSdk, storageSdk, authorizationSdk, resourcesSdk] = await Promise.all([
    import('@azure/identity'),
    import('@azure/arm-network'),
    import('@azure/arm-storage'),
    import('@azure/arm-authorization'),
    import('@azure/arm-resources'),
  ])
  const endpoint = settings.endpoint ?? DEFAULT_ARM_ENDPOINT
  const options = {
    endpoint,
    $host: endpoint,
    credentialScopes: [`${endpoint}/.default`],
    retryOptions: { maxRetries: 4, retryDelayInMs: 1000, maxRetryDelayInMs: 60_000 },
  }
  const credential = new identity.DefaultAzureCredential()
  const { subscription } = settings
  const network = new networkSdk.NetworkManagementClient(credential, subscription, options)
  const storage = new storageSdk.StorageManagementClient(credential, subscription, options)
  const authorization = new authorizationSdk.AuthorizationManagementClient(credential, subscription, options)
  const resources = new resourcesSdk.ResourceManagementClient(credential, subscription, options)
  const collection = new Collection(AZURE_CREDENTIALS_HINT)
  const call = (service: string, operation: string, permission: string) => ({
    service,
    operation,
    permission,
  })

  progress('virtual networks and network security groups')
  await collection.read(
    call('Azure Networking', 'Virtual Networks - List All', 'Microsoft.Network/virtualNetworks/read'),
    () => each(network.virtualNetworks.listAll(), (item) => addVirtualNetwork(item, collection)),
  )
  await collection.read(
    call(
      'Azure Networking',
      'Network Security Groups - List All',
      'Microsoft.Network/networkSecurityGroups/read',
    ),
    () => each(network.networkSecurityGroups.listAll(), (item) => addSecurityGroup(item, collection)),
  )
  progress('storage accounts')
  await collection.read(
    call('Azure Storage', 'Storage Accounts - List', 'Microsoft.Storage/storageAccounts/read'),
    () =>
      each(storage.storageAccounts.list(), async (account) => {
        const id = account.id ?? ''
        let publicContainer: boolean | undefined = false
        if (account.allowBlobPublicAccess === true) {
          publicContainer = await collection.read(
            call(
              'Azure Storage',
              'Blob Containers - List',
              'Microsoft.Storage/storageAccounts/blobServices/containers/read',
            ),
            async () => {
              for await (const container of storage.blobContainers.list(
                resourceGroupOf(id),
                account.name ?? '',
              )) {
                if (container.publicAccess !== undefined && container.publicAccess !== 'None') return true
              }
              return false
            },
          )
        }
        collection.add({
          uid: id,
          type: 'bucket',
          name: account.name,
          region: account.location,
          public: publicContainer,
        })
      }),
  )
  progress('role assignments')
  const roleNames = new Map<string, string>()
  await collection.read(
    call('Azure Authorization', 'Role Definitions - List', 'Microsoft.Authorization/roleDefinitions/read'),
    () =>
      each(authorization.roleDefinitions.list(`subscriptions/${subscription}`), (definition) => {
        if (definition.id !== undefined && definition.roleName !== undefined)
          roleNames.set(definition.id.toLowerCase(), definition.roleName)
      }),
  )
  await collection.read(
    call(
      'Azure Authorization',
      'Role Assignments - List For Subscription',
      'Microsoft.Authorization/roleAssignments/read',
    ),
    () =>
      each(authorization.roleAssignments.listForSubscription(), (assignment) => {
        const role = assignment.roleDefinitionId
        const principal = assignment.principalId
        if (role === undefined || principal === undefined) return
        collection.add({
          uid: role,
          type: 'role',
          name: roleNames.get(role.toLowerCase()) ?? role.split('/').pop(),
        })
        addPrincipal(principal, assignment.principalType, collection)
        collection.relate(principal, 'holds', role)
      }),
  )
  progress('function apps, virtual machines and model endpoints')
  await collection.read(
    call('Azure Resource Manager', 'Resources - List', 'Microsoft.Resources/subscriptions/resources/read'),
    () =>
      each(resources.resources.list(), (resource) => {
        addRunningResource(resource, collection)
      }),
  )
  return { environment: collection.toEnvironment('azure', subscription), errors: collection.errors }
}

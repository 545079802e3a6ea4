/**
 * A loopback Resource Manager for an Azure inventory, on the shared loopback pair (a managed identity
 * endpoint and an HTTPS Resource Manager with a throwaway certificate): the list calls the collector makes,
 * each answered as `{ value, nextLink }` pages of two, and a 403 AuthorizationFailed for a path the test
 * denies, as Resource Manager words it.
 */
import {
  type AzureLoopback,
  sendArmJson,
  startAzureLoopback,
} from '../../../../../tests/helpers/azure-loopback.ts'

export const SUBSCRIPTION = '00000000-1111-2222-3333-444444444444'
const SUB = `/subscriptions/${SUBSCRIPTION}`
const RG = `${SUB}/resourceGroups/prod`
const PAGE_SIZE = 2

export interface ArmCall {
  readonly path: string
  readonly authorization: string | undefined
}

export interface FakeArm extends AzureLoopback {
  readonly calls: ArmCall[]
}

const NSG = `${RG}/providers/Microsoft.Network/networkSecurityGroups/web-nsg`
const OWNER_ROLE = `${SUB}/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635`
const READER_ROLE = `${SUB}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7`
const FUNCTION_IDENTITY = '11111111-aaaa-bbbb-cccc-000000000001'

const LISTS: Readonly<Record<string, readonly unknown[]>> = {
  [`${SUB}/providers/Microsoft.Network/virtualNetworks`]: [
    {
      id: `${RG}/providers/Microsoft.Network/virtualNetworks/prod-vnet`,
      name: 'prod-vnet',
      location: 'westeurope',
      properties: {
        subnets: [
          {
            id: `${RG}/providers/Microsoft.Network/virtualNetworks/prod-vnet/subnets/web`,
            name: 'web',
            properties: { networkSecurityGroup: { id: NSG } },
          },
        ],
      },
    },
  ],
  [`${SUB}/providers/Microsoft.Network/networkSecurityGroups`]: [
    {
      id: NSG,
      name: 'web-nsg',
      location: 'westeurope',
      properties: {
        securityRules: [
          {
            name: 'allow-rdp',
            properties: {
              direction: 'Inbound',
              access: 'Allow',
              protocol: 'Tcp',
              sourceAddressPrefix: 'Internet',
              destinationPortRange: '3389',
              priority: 100,
            },
          },
          {
            name: 'deny-ssh',
            properties: {
              direction: 'Inbound',
              access: 'Deny',
              protocol: 'Tcp',
              sourceAddressPrefix: '*',
              destinationPortRange: '22',
              priority: 110,
            },
          },
          {
            name: 'allow-app',
            properties: {
              direction: 'Inbound',
              access: 'Allow',
              protocol: '*',
              sourceAddressPrefixes: ['10.0.0.0/8'],
              destinationPortRanges: ['8080-8090'],
              priority: 120,
            },
          },
        ],
      },
    },
  ],
  [`${SUB}/providers/Microsoft.Storage/storageAccounts`]: [
    {
      id: `${RG}/providers/Microsoft.Storage/storageAccounts/examplepublic`,
      name: 'examplepublic',
      location: 'westeurope',
      properties: { allowBlobPublicAccess: true },
    },
    {
      id: `${RG}/providers/Microsoft.Storage/storageAccounts/examplelocked`,
      name: 'examplelocked',
      location: 'westeurope',
      properties: { allowBlobPublicAccess: false },
    },
    {
      id: `${RG}/providers/Microsoft.Storage/storageAccounts/exampleprivate`,
      name: 'exampleprivate',
      location: 'westeurope',
      properties: { allowBlobPublicAccess: true },
    },
  ],
  [`${RG}/providers/Microsoft.Storage/storageAccounts/examplepublic/blobServices/default/containers`]: [
    { id: 'c1', name: 'images', properties: { publicAccess: 'Blob' } },
  ],
  [`${RG}/providers/Microsoft.Storage/storageAccounts/exampleprivate/blobServices/default/containers`]: [
    { id: 'c2', name: 'backups', properties: { publicAccess: 'None' } },
  ],
  [`${SUB}/providers/Microsoft.Authorization/roleDefinitions`]: [
    { id: OWNER_ROLE, name: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635', properties: { roleName: 'Owner' } },
    { id: READER_ROLE, name: 'acdd72a7-3385-48ef-bd42-f606fba81ae7', properties: { roleName: 'Reader' } },
  ],
  [`${SUB}/providers/Microsoft.Authorization/roleAssignments`]: [
    {
      id: 'a1',
      name: 'a1',
      properties: {
        principalId: '22222222-aaaa-bbbb-cccc-000000000002',
        principalType: 'User',
        roleDefinitionId: OWNER_ROLE,
        scope: SUB,
      },
    },
    {
      id: 'a2',
      name: 'a2',
      properties: {
        principalId: '33333333-aaaa-bbbb-cccc-000000000003',
        principalType: 'ForeignGroup',
        roleDefinitionId: READER_ROLE,
        scope: SUB,
      },
    },
    {
      id: 'a3',
      name: 'a3',
      properties: {
        principalId: FUNCTION_IDENTITY,
        principalType: 'ServicePrincipal',
        roleDefinitionId: READER_ROLE,
        scope: SUB,
      },
    },
  ],
  [`${SUB}/resources`]: [
    {
      id: `${RG}/providers/Microsoft.Web/sites/resize-fn`,
      name: 'resize-fn',
      type: 'Microsoft.Web/sites',
      kind: 'functionapp,linux',
      location: 'westeurope',
      identity: { type: 'SystemAssigned', principalId: FUNCTION_IDENTITY },
    },
    {
      id: `${RG}/providers/Microsoft.Web/sites/shop`,
      name: 'shop',
      type: 'Microsoft.Web/sites',
      kind: 'app',
      location: 'westeurope',
    },
    {
      id: `${RG}/providers/Microsoft.Compute/virtualMachines/jump-1`,
      name: 'jump-1',
      type: 'Microsoft.Compute/virtualMachines',
      location: 'westeurope',
    },
    {
      id: `${RG}/providers/Microsoft.CognitiveServices/accounts/example-openai`,
      name: 'example-openai',
      type: 'Microsoft.CognitiveServices/accounts',
      kind: 'OpenAI',
      location: 'swedencentral',
    },
    {
      id: `${RG}/providers/Microsoft.KeyVault/vaults/example-vault`,
      name: 'example-vault',
      type: 'Microsoft.KeyVault/vaults',
      location: 'westeurope',
    },
  ],
}

/** Starts the servers; `denied` paths answer 403 AuthorizationFailed. */
export async function startFakeArm(denied: readonly string[] = []): Promise<FakeArm> {
  const calls: ArmCall[] = []
  let base = ''
  const loopback = await startAzureLoopback((request, response, url) => {
    const path = url.pathname
    calls.push({ path, authorization: request.headers.authorization })
    if (denied.includes(path)) {
      sendArmJson(response, 403, {
        error: {
          code: 'AuthorizationFailed',
          message: `The client 'inventory' does not have authorization to perform action over scope '${path}' or the scope is invalid.`,
        },
      })
      return
    }
    const items = LISTS[path]
    if (request.method !== 'GET' || items === undefined) {
      sendArmJson(response, 404, {
        error: { code: 'NotFound', message: `unexpected ${request.method} ${path}` },
      })
      return
    }
    const start = Number(url.searchParams.get('$skiptoken') ?? '0')
    const next = start + PAGE_SIZE < items.length ? start + PAGE_SIZE : undefined
    const query = new URLSearchParams(url.searchParams)
    if (next !== undefined) query.set('$skiptoken', String(next))
    sendArmJson(response, 200, {
      value: items.slice(start, start + PAGE_SIZE),
      ...(next === undefined ? {} : { nextLink: `${base}${path}?${query.toString()}` }),
    })
  })
  base = loopback.url
  return { ...loopback, calls }
}

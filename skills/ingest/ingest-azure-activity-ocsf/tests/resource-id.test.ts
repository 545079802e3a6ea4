/** Resource ids into subscription, resource group, type and name, for every shape Resource Manager uses. */
import { describe, expect, it } from 'vitest'
import { parseResourceId } from '../src/resource-id.ts'

const SUB = '/subscriptions/00000000-1111-2222-3333-444444444444'

describe('parseResourceId', () => {
  it.each([
    [
      'a resource',
      `${SUB}/resourceGroups/prod-rg/providers/Microsoft.Compute/virtualMachines/db-vm-01`,
      { resourceGroup: 'prod-rg', type: 'Microsoft.Compute/virtualMachines', name: 'db-vm-01' },
    ],
    [
      'a child resource',
      `${SUB}/resourceGroups/prod-rg/providers/Microsoft.Storage/storageAccounts/proddata/blobServices/default/containers/backups`,
      {
        resourceGroup: 'prod-rg',
        type: 'Microsoft.Storage/storageAccounts/blobServices/containers',
        name: 'backups',
      },
    ],
    [
      'an extension resource on another resource',
      `${SUB}/resourceGroups/data-rg/providers/Microsoft.Storage/storageAccounts/critical/providers/Microsoft.Authorization/locks/DoNotDelete`,
      { resourceGroup: 'data-rg', type: 'Microsoft.Authorization/locks', name: 'DoNotDelete' },
    ],
    [
      'a subscription-level extension resource',
      `${SUB}/providers/Microsoft.Authorization/roleAssignments/b7f3c1de`,
      { type: 'Microsoft.Authorization/roleAssignments', name: 'b7f3c1de' },
    ],
    [
      'an id written in capitals, as diagnostic records often are',
      '/SUBSCRIPTIONS/00000000-1111-2222-3333-444444444444/RESOURCEGROUPS/PROD-RG/PROVIDERS/MICROSOFT.KEYVAULT/VAULTS/PROD-KV',
      {
        subscriptionId: '00000000-1111-2222-3333-444444444444',
        resourceGroup: 'PROD-RG',
        type: 'MICROSOFT.KEYVAULT/VAULTS',
        name: 'PROD-KV',
      },
    ],
    [
      'a resource group',
      `${SUB}/resourceGroups/prod-rg`,
      { resourceGroup: 'prod-rg', type: 'Microsoft.Resources/resourceGroups', name: 'prod-rg' },
    ],
    [
      'a subscription',
      SUB,
      { type: 'Microsoft.Resources/subscriptions', name: '00000000-1111-2222-3333-444444444444' },
    ],
  ])('reads %s', (_, resourceId, expected) => {
    expect(parseResourceId(resourceId)).toMatchObject({
      subscriptionId: '00000000-1111-2222-3333-444444444444',
      ...expected,
    })
  })

  it('reads a tenant-level provider id, which has no subscription and no name', () => {
    expect(parseResourceId('/providers/Microsoft.Authorization')).toEqual({
      subscriptionId: undefined,
      resourceGroup: undefined,
      type: 'Microsoft.Authorization',
      name: undefined,
    })
    expect(parseResourceId('not-an-id')).toEqual({})
  })
})

/**
 * Role assignments (who holds which role definition in the subscription) and, from the generic resource
 * list, the resources that run code or serve models: function apps, virtual machines, Azure Machine
 * Learning online endpoints and Azure OpenAI or AI Services accounts, each linked to its managed identity.
 */
import type { GenericResourceExpanded } from '@azure/arm-resources'
import type { ResourceType } from '../../environment.ts'
import type { Collection } from '../collection.ts'

/** Resource Manager types, lower-cased, to the inventory type they are; function apps are sites of a functionapp kind. */
const RESOURCE_KINDS: ReadonlyArray<{ type: string; kind?: RegExp; as: ResourceType }> = [
  { type: 'microsoft.web/sites', kind: /functionapp/i, as: 'function' },
  { type: 'microsoft.compute/virtualmachines', as: 'instance' },
  { type: 'microsoft.machinelearningservices/workspaces/onlineendpoints', as: 'model-endpoint' },
  { type: 'microsoft.cognitiveservices/accounts', kind: /^(openai|aiservices)$/i, as: 'model-endpoint' },
]

function inventoryTypeOf(resource: GenericResourceExpanded): ResourceType | undefined {
  const type = (resource.type ?? '').toLowerCase()
  const match = RESOURCE_KINDS.find(
    (entry) => entry.type === type && (entry.kind === undefined || entry.kind.test(resource.kind ?? '')),
  )
  return match?.as
}

/** A managed identity, or the principal of a role assignment: users, groups and service principals by object id. */
export function addPrincipal(
  principalId: string,
  principalType: string | undefined,
  collection: Collection,
): void {
  if (collection.has(principalId)) return
  const type: ResourceType =
    principalType === 'User'
      ? 'user'
      : principalType === 'Group'
        ? 'group'
        : principalType === 'ServicePrincipal'
          ? 'service-account'
          : 'principal'
  // A ForeignGroup is a group of another tenant, given access through a cross-tenant relationship.
  collection.add({
    uid: principalId,
    type,
    name: principalId,
    external: principalType === 'ForeignGroup' || undefined,
  })
}

export function addRunningResource(resource: GenericResourceExpanded, collection: Collection): boolean {
  const type = inventoryTypeOf(resource)
  if (type === undefined || resource.id === undefined) return false
  collection.add({ uid: resource.id, type, name: resource.name, region: resource.location })
  const identity = resource.identity?.principalId
  if (identity !== undefined) {
    addPrincipal(identity, 'ServicePrincipal', collection)
    collection.relate(resource.id, 'assumes', identity)
  }
  return true
}

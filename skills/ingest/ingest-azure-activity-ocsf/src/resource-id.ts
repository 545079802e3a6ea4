/**
 * Azure Resource Manager resource ids, read into their parts:
 * `/subscriptions/<sub>/resourceGroups/<rg>/providers/<Namespace>/<type>/<name>[/<child type>/<child name>...]`.
 * An extension resource (a lock, a role assignment, a diagnostic setting on another resource) repeats
 * `/providers/...` after its parent; the last provider section names the resource itself. Segment names
 * compare without case, as Resource Manager compares them; values keep the case they were written in.
 */

export interface ResourceIdParts {
  readonly subscriptionId?: string
  readonly resourceGroup?: string
  /** `Microsoft.Storage/storageAccounts/blobServices`, or the namespace alone for a provider-level id. */
  readonly type?: string
  readonly name?: string
}

function valueAfter(segments: readonly string[], key: string): string | undefined {
  const index = segments.findIndex((segment) => segment.toLowerCase() === key)
  return index === -1 ? undefined : segments[index + 1]
}

function lastIndexOfProviders(segments: readonly string[]): number {
  for (let index = segments.length - 1; index >= 0; index -= 1) {
    if (segments[index]?.toLowerCase() === 'providers') return index
  }
  return -1
}

/** The type and name of the resource a provider section names: types and names alternate after the namespace. */
function providerResource(section: readonly string[]): Pick<ResourceIdParts, 'type' | 'name'> {
  const [namespace, ...rest] = section
  if (namespace === undefined) return {}
  const types: string[] = [namespace]
  let name: string | undefined
  for (let index = 0; index < rest.length; index += 2) {
    types.push(rest[index] as string)
    name = rest[index + 1]
  }
  return { type: types.join('/'), name }
}

export function parseResourceId(resourceId: string): ResourceIdParts {
  const segments = resourceId.split('/').filter((segment) => segment.length > 0)
  const subscriptionId = valueAfter(segments, 'subscriptions')
  const resourceGroup = valueAfter(segments, 'resourcegroups')
  const providers = lastIndexOfProviders(segments)
  if (providers !== -1) {
    return { subscriptionId, resourceGroup, ...providerResource(segments.slice(providers + 1)) }
  }
  if (resourceGroup !== undefined) {
    return { subscriptionId, resourceGroup, type: 'Microsoft.Resources/resourceGroups', name: resourceGroup }
  }
  if (subscriptionId !== undefined) {
    return { subscriptionId, type: 'Microsoft.Resources/subscriptions', name: subscriptionId }
  }
  return {}
}

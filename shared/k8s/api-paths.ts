/** The REST path of a Kubernetes object or collection: a stable id for a resource whatever its UID. */

export interface ObjectReference {
  readonly apiGroup?: string
  readonly apiVersion?: string
  readonly namespace?: string
  readonly resource?: string
  readonly name?: string
  readonly subresource?: string
}

/** `/api/v1/namespaces/default/secrets/db` or `/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/x`. */
export function apiPathOf(ref: ObjectReference): string | undefined {
  if (ref.resource === undefined) return undefined
  const version = ref.apiVersion?.includes('/') ? ref.apiVersion.split('/').pop() : ref.apiVersion
  const segments: string[] = []
  if (ref.apiGroup === undefined || ref.apiGroup === '' || ref.apiGroup === 'core') {
    segments.push('api', version ?? 'v1')
  } else {
    segments.push('apis', ref.apiGroup, version ?? '*')
  }
  if (ref.namespace !== undefined) segments.push('namespaces', ref.namespace)
  segments.push(ref.resource)
  if (ref.name !== undefined) segments.push(ref.name)
  if (ref.subresource !== undefined) segments.push(ref.subresource)
  return `/${segments.join('/')}`
}

/** RBAC notation of a resource: `pods`, or `pods/exec` for a subresource. */
export function rbacResourceOf(resource: string, subresource?: string): string {
  return subresource === undefined ? resource : `${resource}/${subresource}`
}

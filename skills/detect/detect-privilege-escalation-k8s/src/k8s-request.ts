/** A Kubernetes API request as these rules see it, read from the OCSF fields the ingester sets. */
import { parseServiceAccount, type ServiceAccountName } from '#shared/k8s/index.ts'
import type { OcsfEvent } from '#shared/ocsf/index.ts'

export interface K8sRequest {
  readonly verb: string
  /** RBAC notation: `secrets`, `pods/exec`. */
  readonly resource: string | undefined
  readonly namespace: string | undefined
  readonly name: string | undefined
  readonly username: string | undefined
  readonly groups: readonly string[]
  readonly serviceAccount: ServiceAccountName | undefined
  /** The authorizer allowed it and the API server did not answer with an error. */
  readonly succeeded: boolean
  /** The object as submitted, for create, update and patch. */
  readonly object: Record<string, unknown> | undefined
}

/** Undefined for anything that is not a Kubernetes API request. */
export function k8sRequestOf(event: OcsfEvent): K8sRequest | undefined {
  if (event.api?.service?.name !== 'k8s.io') return undefined
  const verb = event.api.operation
  if (typeof verb !== 'string') return undefined
  const resource = event.resources?.[0]
  const username = event.actor?.user?.name
  const groups = (event.actor?.user?.groups ?? [])
    .map((group) => group.name)
    .filter((name) => typeof name === 'string')
  const denied =
    event.actor?.authorizations?.some((authorization) => authorization.decision === 'forbid') ?? false
  const data = resource?.data
  return {
    verb,
    resource: resource?.type,
    namespace: resource?.namespace,
    name: resource?.name,
    username,
    groups,
    serviceAccount: parseServiceAccount(username),
    succeeded: !denied && event.status_id !== 2,
    object:
      typeof data === 'object' && data !== null && !Array.isArray(data)
        ? (data as Record<string, unknown>)
        : undefined,
  }
}

/**
 * The reads the rules judge: a successful get, list or watch of secrets by someone whose job is not to
 * read them, with its scope (one secret, every secret of a namespace, every secret of the cluster).
 */
import { type K8sRequest, k8sRequestOf } from '#shared/k8s/index.ts'
import type { SecretReadConfig } from './config.ts'
import { isExpectedReader, isHelmReleaseList } from './expected-readers.ts'

const READ_VERBS: ReadonlySet<string> = new Set(['get', 'list', 'watch'])

/**
 * `secret`: a get, or a list or watch the API server narrowed to one name (a `metadata.name` field
 * selector, which it records as the object's name); `namespace` and `cluster`: every secret there.
 */
export type ReadScope = 'secret' | 'namespace' | 'cluster'

export interface SecretRead {
  readonly request: K8sRequest
  readonly actor: string
  readonly scope: ReadScope
}

export function secretReadOf(event: unknown, config: SecretReadConfig): SecretRead | undefined {
  const request = k8sRequestOf(event)
  if (request === undefined || request.resource !== 'secrets' || !request.succeeded) return undefined
  if (!READ_VERBS.has(request.verb)) return undefined
  if (isExpectedReader(request.username, config.allowedReaders)) return undefined
  if (request.name === undefined && isHelmReleaseList(request.query.get('labelSelector'))) return undefined
  let scope: ReadScope = 'cluster'
  if (request.name !== undefined) scope = 'secret'
  else if (request.namespace !== undefined) scope = 'namespace'
  return { request, actor: request.username ?? 'unknown user', scope }
}

/** `payments/db-password`, or the name alone outside a namespace. */
export function secretPath(request: K8sRequest): string {
  return [request.namespace, request.name].filter((part) => part !== undefined).join('/')
}

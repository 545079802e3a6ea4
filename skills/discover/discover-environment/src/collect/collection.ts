/**
 * What a live collection gathers, and how a failed read becomes a note instead of a crash or a silent
 * gap: each read names its call and permission, and a denial, a throttle that did not clear or a service
 * not enabled is recorded with that permission named, while the rest goes on. Missing credentials end the
 * run (every later call would fail the same way), and a defect in this code is never mistaken for a
 * failed call.
 */
import { type CloudCall, classifyCloudError, toServiceError } from '#shared/cloud/index.ts'
import { compact } from '#shared/json/index.ts'
import {
  type CollectedEnvironment,
  type Provider,
  RESOURCE_TYPES,
  type Relation,
  type Relationship,
  type Resource,
} from '../environment.ts'

export interface ApiCall {
  /** The service as users know it, e.g. "AWS IAM". */
  readonly service: string
  /** The API call, e.g. "ListRoles". */
  readonly operation: string
  /** The permission it needs, e.g. "iam:ListRoles". */
  readonly permission: string
  /** The region or location it was made in, when it is regional. */
  readonly region?: string
}

/** Node's network error codes: the endpoint could not be reached or answered badly. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE'])

/** Errors the AWS, Google and Azure clients raise for a call that failed, as opposed to a bug here. */
const CLIENT_ERROR_NAMES = new Set(['TimeoutError', 'GaxiosError', 'RestError', 'AbortError'])

function isCallFailure(error: unknown): boolean {
  if (classifyCloudError(error) !== 'other') return true
  if (typeof error !== 'object' || error === null) return false
  const shape = error as {
    $metadata?: unknown
    code?: unknown
    name?: unknown
    statusCode?: unknown
    response?: unknown
  }
  if (shape.$metadata !== undefined || shape.response !== undefined) return true
  if (typeof shape.statusCode === 'number') return true
  if (typeof shape.code === 'string' && NETWORK_CODES.has(shape.code)) return true
  return typeof shape.name === 'string' && CLIENT_ERROR_NAMES.has(shape.name)
}

/** Types in the order a collection lists them: identities, then storage and compute, then networks. */
const TYPE_ORDER = new Map<string, number>(RESOURCE_TYPES.map((type, index) => [type, index]))

function compareResources(a: Resource, b: Resource): number {
  const byType = (TYPE_ORDER.get(a.type) ?? 0) - (TYPE_ORDER.get(b.type) ?? 0)
  if (byType !== 0) return byType
  return a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0
}

function relationshipKey(relationship: Relationship): string {
  return `${relationship.from}\u001f${relationship.relation}\u001f${relationship.to}`
}

export class Collection {
  readonly #resources = new Map<string, Resource>()
  readonly #relationships = new Map<string, Relationship>()
  /** One line per call that failed, keyed by call and region. */
  readonly errors: Record<string, string> = {}

  constructor(private readonly credentialsHint: string) {}

  /** Adds a resource; a second sighting of the same uid fills in what the first lacked. */
  add(resource: Resource): void {
    const known = this.#resources.get(resource.uid)
    this.#resources.set(
      resource.uid,
      known === undefined ? compact(resource) : { ...compact(resource), ...compact(known) },
    )
  }

  has(uid: string): boolean {
    return this.#resources.has(uid)
  }

  relate(from: string, relation: Relation, to: string): void {
    const relationship = { from, relation, to }
    this.#relationships.set(relationshipKey(relationship), relationship)
  }

  /** Runs one read; on a call failure records it and returns undefined. */
  async read<Value>(call: ApiCall, read: () => Promise<Value>): Promise<Value | undefined> {
    try {
      return await read()
    } catch (error) {
      if (!isCallFailure(error)) throw error
      const cloudCall: CloudCall = {
        ...call,
        credentialsHint: this.credentialsHint,
        throttledHint: 'run again later',
      }
      const failure = toServiceError(cloudCall, error)
      if (classifyCloudError(error) === 'credentials') throw failure
      const where = call.region === undefined ? '' : ` in ${call.region}`
      const key = `${call.service} ${call.operation}${where}`
      this.errors[key] ??= call.region === undefined ? failure.message : `${failure.message} (${call.region})`
      return undefined
    }
  }

  /** Resources in a fixed order, and the relationships whose both ends were collected. */
  toEnvironment(provider: Provider, account: string | undefined): CollectedEnvironment {
    const resources = [...this.#resources.values()].sort(compareResources)
    const relationships = [...this.#relationships.values()]
      .filter(
        (relationship) => this.#resources.has(relationship.from) && this.#resources.has(relationship.to),
      )
      .sort((a, b) => {
        const left = relationshipKey(a)
        const right = relationshipKey(b)
        return left < right ? -1 : left > right ? 1 : 0
      })
    return compact({ provider, account, resources, relationships })
  }
}

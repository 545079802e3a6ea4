/**
 * An environment as a graph: one node per resource, one edge per relationship, edges derived from what a
 * resource allows (a security group's rules from the internet, public access), and the ATT&CK and ATLAS
 * techniques each exposure enables as nodes of their own, linked by `exposed-to`. Node and edge ids are
 * stableUid hashes of what they stand for, so the same environment always gives the same graph.
 */
import { compact, compactOrOmit, stableUid } from '#shared/json/index.ts'
import { findTechnique } from '#shared/mitre/index.ts'
import type { Environment, Provider, Resource } from './environment.ts'
import { describeRule, exposuresOf } from './exposures.ts'
import type { Exposure } from './mappings/exposure-techniques.ts'
import { isInternetSource } from './mappings/internet-ingress.ts'

export type NodeKind = 'resource' | 'internet' | 'technique'

export interface NodeExposure {
  readonly exposure: Exposure
  readonly detail: string
  readonly techniques: readonly string[]
}

export interface GraphNode {
  readonly id: string
  readonly kind: NodeKind
  /** The resource type; `internet`; or `attack-technique` / `atlas-technique`. */
  readonly type: string
  /** The provider's identifier, the technique id, or 0.0.0.0/0 for the internet. */
  readonly uid: string
  readonly name: string
  readonly region?: string
  readonly account?: string
  /** What the inventory says about the resource beyond its identity (public, ingress, key status...). */
  readonly attributes?: Readonly<Record<string, unknown>>
  readonly exposures?: readonly NodeExposure[]
  /** Tactic ids of a technique node. */
  readonly tactics?: readonly string[]
}

/** Relations of the environment, plus `allows` and `public` (to the internet) and `exposed-to` (to a technique). */
export interface GraphEdge {
  readonly id: string
  readonly source: string
  readonly target: string
  readonly relation: string
  /** What the edge carries: a rule such as "0.0.0.0/0 tcp/22", or the exposure's detail. */
  readonly label?: string
  /** Why an exposure enables the technique. */
  readonly reason?: string
}

export interface InventoryGraph {
  readonly provider: Provider
  readonly account?: string
  /** When the environment was observed, RFC 3339. */
  readonly observed_at: string
  readonly nodes: readonly GraphNode[]
  readonly edges: readonly GraphEdge[]
  /** Parts of the environment that could not be read, each naming the call and the missing permission. */
  readonly notes: readonly string[]
}

export const INTERNET_UID = '0.0.0.0/0'

function nodeId(kind: NodeKind, uid: string): string {
  return stableUid('node', kind, uid)
}

function attributesOf(resource: Resource): Record<string, unknown> | undefined {
  return compactOrOmit({
    public: resource.public,
    status: resource.status,
    metadata_v1: resource.metadata_v1,
    external: resource.external,
    public_ip: resource.public_ip,
    ingress: resource.ingress,
    tags: resource.tags,
  })
}

class GraphBuilder {
  readonly nodes: GraphNode[] = []
  readonly edges: GraphEdge[] = []
  readonly #edgeIds = new Set<string>()
  readonly #techniques = new Map<string, GraphNode>()
  #internet: GraphNode | undefined

  edge(source: string, relation: string, target: string, label?: string, reason?: string): void {
    const id = stableUid('edge', source, relation, target, label)
    if (this.#edgeIds.has(id)) return
    this.#edgeIds.add(id)
    this.edges.push(compact({ id, source, target, relation, label, reason }))
  }

  internet(): string {
    if (this.#internet === undefined) {
      this.#internet = {
        id: nodeId('internet', INTERNET_UID),
        kind: 'internet',
        type: 'internet',
        uid: INTERNET_UID,
        name: 'Internet',
      }
    }
    return this.#internet.id
  }

  technique(techniqueId: string): string {
    let node = this.#techniques.get(techniqueId)
    if (node === undefined) {
      const entry = findTechnique(techniqueId)
      if (entry === undefined) throw new Error(`technique ${techniqueId} is not in the pinned catalogues`)
      node = {
        id: nodeId('technique', techniqueId),
        kind: 'technique',
        type: techniqueId.startsWith('AML.') ? 'atlas-technique' : 'attack-technique',
        uid: techniqueId,
        name: entry.name,
        tactics: entry.tactics,
      }
      this.#techniques.set(techniqueId, node)
    }
    return node.id
  }

  /** Resources first in the order given, then the internet, then techniques by id. */
  allNodes(): GraphNode[] {
    const techniques = [...this.#techniques.values()].sort((a, b) =>
      a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0,
    )
    return [...this.nodes, ...(this.#internet === undefined ? [] : [this.#internet]), ...techniques]
  }
}

export function buildInventoryGraph(
  environment: Environment,
  observedAt: string,
  notes: readonly string[],
): InventoryGraph {
  const builder = new GraphBuilder()
  const resourcesByUid = new Map(environment.resources.map((resource) => [resource.uid, resource]))
  const idOf = (uid: string) => nodeId('resource', uid)
  const context = { environment, resourcesByUid }
  const exposed: Array<[Resource, ReturnType<typeof exposuresOf>]> = []
  for (const resource of environment.resources) {
    const exposures = exposuresOf(resource, context)
    exposed.push([resource, exposures])
    builder.nodes.push(
      compact({
        id: idOf(resource.uid),
        kind: 'resource' as const,
        type: resource.type,
        uid: resource.uid,
        name: resource.name ?? resource.uid,
        region: resource.region,
        // A principal named in a trust or a binding belongs to no account unless the description says so.
        account: resource.account ?? (resource.type === 'principal' ? undefined : environment.account),
        attributes: attributesOf(resource),
        exposures:
          exposures.length === 0
            ? undefined
            : exposures.map(({ exposure, detail, techniques }) => ({ exposure, detail, techniques })),
      }),
    )
  }
  for (const relationship of environment.relationships) {
    builder.edge(idOf(relationship.from), relationship.relation, idOf(relationship.to))
  }
  for (const [resource, exposures] of exposed) {
    const source = idOf(resource.uid)
    for (const rule of resource.ingress ?? []) {
      if (isInternetSource(rule.source))
        builder.edge(source, 'allows', builder.internet(), describeRule(rule))
    }
    if (resource.public === true) builder.edge(source, 'public', builder.internet())
    for (const exposure of exposures) {
      for (const technique of exposure.techniques) {
        builder.edge(source, 'exposed-to', builder.technique(technique), exposure.detail, exposure.reason)
      }
    }
  }
  return compact({
    provider: environment.provider,
    account: environment.account,
    observed_at: observedAt,
    nodes: builder.allNodes(),
    edges: builder.edges,
    notes,
  })
}

/**
 * Which part of the graph a picture shows when the whole would be too large to read: resources with an
 * exposure first, then the rest, each in graph order and each with the internet and technique nodes its
 * edges need, while the node budget lasts. What does not fit is counted, so the picture can say so.
 */
import { sha256Hex } from '#shared/json/index.ts'
import type { GraphEdge, GraphNode, InventoryGraph } from '../inventory-graph.ts'

/** Past about a hundred nodes a flowchart is no longer read, only scrolled. */
export const DEFAULT_MAX_NODES = 80

export interface PictureSelection {
  readonly nodes: readonly GraphNode[]
  readonly edges: readonly GraphEdge[]
  /** Resources left out, and edges left out with them. */
  readonly omittedResources: number
  readonly omittedEdges: number
}

/** A short id safe in Mermaid and DOT: the node id's hash, so it is as stable as the graph. */
export function pictureId(node: GraphNode): string {
  return `n${sha256Hex(node.id).slice(0, 12)}`
}

function neighboursNeeded(
  resource: GraphNode,
  graph: InventoryGraph,
  byId: ReadonlyMap<string, GraphNode>,
): GraphNode[] {
  const needed: GraphNode[] = []
  for (const edge of graph.edges) {
    if (edge.source !== resource.id) continue
    const target = byId.get(edge.target)
    if (target !== undefined && target.kind !== 'resource') needed.push(target)
  }
  return needed
}

export function selectForPicture(graph: InventoryGraph, maxNodes: number): PictureSelection {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]))
  const resources = graph.nodes.filter((node) => node.kind === 'resource')
  const ranked = [
    ...resources.filter((node) => node.exposures !== undefined),
    ...resources.filter((node) => node.exposures === undefined),
  ]
  const shown = new Set<string>()
  let omittedResources = 0
  for (const resource of ranked) {
    const adding = [resource, ...neighboursNeeded(resource, graph, byId)].filter(
      (node) => !shown.has(node.id),
    )
    const unique = new Set(adding.map((node) => node.id))
    if (shown.size + unique.size > maxNodes) {
      omittedResources += 1
      continue
    }
    for (const id of unique) shown.add(id)
  }
  const nodes = graph.nodes.filter((node) => shown.has(node.id))
  const edges = graph.edges.filter((edge) => shown.has(edge.source) && shown.has(edge.target))
  return { nodes, edges, omittedResources, omittedEdges: graph.edges.length - edges.length }
}

/** One line naming what the picture leaves out, or undefined when it shows everything. */
export function omissionText(selection: PictureSelection): string | undefined {
  if (selection.omittedResources === 0 && selection.omittedEdges === 0) return undefined
  return `${selection.omittedResources} resource(s) and ${selection.omittedEdges} relationship(s) not shown (--max-nodes)`
}

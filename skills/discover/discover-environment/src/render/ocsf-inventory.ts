/**
 * The graph as OCSF Cloud Resources Inventory Info (5023), activity Collect: one event per resource, its
 * relationships in `resources[0].resource_relationship` (an OCSF Graph of the resource, its neighbours and
 * the techniques it is exposed to), and one Failure event per part of the environment that could not be
 * read, so a gap shows in the stream itself. Techniques stay in the graph, not in `attacks`: in this
 * class `attacks` belongs to the security_control profile, which states a control's outcome, and an
 * inventory observes no control acting.
 */
import { compact, compactOrOmit, stableUid } from '#shared/json/index.ts'
import {
  ACTIVITY_STATUS,
  buildMetadata,
  CLOUD_RESOURCES_INVENTORY_INFO,
  type Cloud,
  type CloudResourcesInventoryInfo,
  classification,
  type Edge,
  type Graph,
  type Node,
  parseEventTime,
  type ResourceDetails,
  severity,
} from '#shared/ocsf/index.ts'
import type { GraphEdge, GraphNode, InventoryGraph } from '../inventory-graph.ts'
import { CLOUD_PROVIDERS } from '../mappings/cloud-providers.ts'

export interface OcsfContext {
  readonly skill: string
  /** The input file, for metadata.log_source; absent for a live collection. */
  readonly logSource?: string
}

function cloudOf(graph: InventoryGraph, region: string | undefined): Cloud | undefined {
  if (graph.provider === 'other') return undefined
  const provider = CLOUD_PROVIDERS[graph.provider]
  const account = graph.account === undefined ? undefined : { uid: graph.account, ...provider.accountType }
  return compact({ provider: provider.name, account, region })
}

function ocsfNode(node: GraphNode): Node {
  return compact({
    uid: node.uid,
    name: node.name,
    type: node.type,
    desc:
      node.kind === 'technique'
        ? `MITRE ${node.type === 'atlas-technique' ? 'ATLAS' : 'ATT&CK'} technique`
        : undefined,
  })
}

function ocsfEdge(edge: GraphEdge, uidOf: ReadonlyMap<string, string>): Edge {
  return compact({
    uid: edge.id,
    name: edge.label === undefined ? edge.relation : `${edge.relation} ${edge.label}`,
    relation: edge.relation,
    source: uidOf.get(edge.source) ?? edge.source,
    target: uidOf.get(edge.target) ?? edge.target,
    is_directed: true,
    data: edge.reason === undefined ? undefined : { reason: edge.reason },
  })
}

/** The resource, its neighbours, and every edge that touches it. */
function relationshipGraph(
  node: GraphNode,
  graph: InventoryGraph,
  nodesById: ReadonlyMap<string, GraphNode>,
  uidOf: ReadonlyMap<string, string>,
): Graph | undefined {
  const edges = graph.edges.filter((edge) => edge.source === node.id || edge.target === node.id)
  if (edges.length === 0) return undefined
  const members = new Set<string>([node.id])
  for (const edge of edges) {
    members.add(edge.source)
    members.add(edge.target)
  }
  const nodes = [...members].flatMap((id) => {
    const member = nodesById.get(id)
    return member === undefined ? [] : [ocsfNode(member)]
  })
  return {
    uid: stableUid('relationships', node.id, graph.observed_at),
    name: `relationships of ${node.name}`,
    is_directed: true,
    nodes,
    edges: edges.map((edge) => ocsfEdge(edge, uidOf)),
  }
}

function resourceEvent(
  node: GraphNode,
  graph: InventoryGraph,
  time: number,
  context: OcsfContext,
  nodesById: ReadonlyMap<string, GraphNode>,
  uidOf: ReadonlyMap<string, string>,
): CloudResourcesInventoryInfo {
  const cloud = cloudOf(graph, node.region)
  const exposures = node.exposures ?? []
  const techniques = [...new Set(exposures.flatMap((exposure) => exposure.techniques))]
  const resource: ResourceDetails = compact({
    uid: node.uid,
    name: node.name,
    type: node.type,
    region: node.region,
    labels: exposures.length === 0 ? undefined : exposures.map((exposure) => exposure.exposure),
    data: compactOrOmit({ account: node.account, ...node.attributes, exposures: node.exposures }),
    resource_relationship: relationshipGraph(node, graph, nodesById, uidOf),
  })
  return compact({
    ...classification(CLOUD_RESOURCES_INVENTORY_INFO, 2),
    ...severity('informational'),
    ...ACTIVITY_STATUS.success,
    time,
    message:
      techniques.length === 0
        ? `${node.type} ${node.name}`
        : `${node.type} ${node.name}: exposed to ${techniques.join(', ')}`,
    metadata: buildMetadata(context.skill, {
      uid: stableUid(context.skill, graph.provider, graph.account, node.uid, graph.observed_at),
      log_source: context.logSource,
      profiles: cloud === undefined ? undefined : ['cloud'],
    }),
    cloud,
    resources: [resource],
  })
}

function gapEvent(
  note: string,
  graph: InventoryGraph,
  time: number,
  context: OcsfContext,
): CloudResourcesInventoryInfo {
  const cloud = cloudOf(graph, undefined)
  const scope = graph.account ?? graph.provider
  return compact({
    ...classification(CLOUD_RESOURCES_INVENTORY_INFO, 2),
    ...severity('informational'),
    ...ACTIVITY_STATUS.failure,
    status_detail: note,
    time,
    message: `not collected: ${note}`,
    metadata: buildMetadata(context.skill, {
      uid: stableUid(context.skill, graph.provider, graph.account, 'not collected', note, graph.observed_at),
      log_source: context.logSource,
      profiles: cloud === undefined ? undefined : ['cloud'],
    }),
    cloud,
    resources: [{ uid: scope, name: scope, type: 'account' }],
  })
}

export function toInventoryEvents(
  graph: InventoryGraph,
  context: OcsfContext,
): CloudResourcesInventoryInfo[] {
  // buildInventoryGraph formats observed_at itself, so it always parses.
  const time = parseEventTime(graph.observed_at) as number
  const nodesById = new Map(graph.nodes.map((node) => [node.id, node]))
  const uidOf = new Map(graph.nodes.map((node) => [node.id, node.uid]))
  const events: CloudResourcesInventoryInfo[] = []
  for (const node of graph.nodes) {
    if (node.kind === 'resource') events.push(resourceEvent(node, graph, time, context, nodesById, uidOf))
  }
  for (const note of graph.notes) events.push(gapEvent(note, graph, time, context))
  return events
}

/**
 * Findings to a graph of actors, the techniques they used, and their targets. Each actor's techniques
 * are chained in the order they were first seen, which is the flow (`then`, or `same time` for a tie).
 * Node ids are hashes of what the node stands for, so the same findings give the same ids in any order
 * and on every run. The graph is bounded: findings are taken most severe first while they fit, and
 * the rest are counted.
 */
import { sha256Hex } from '#shared/json/index.ts'
import type { FlowFinding } from './finding-flow.ts'

export type NodeKind = 'actor' | 'benchmark' | 'technique' | 'target'

export interface FlowNode {
  readonly id: string
  readonly kind: NodeKind
  readonly lines: readonly string[]
  severityId: number
}

export interface FlowEdge {
  readonly from: string
  readonly to: string
  /** A technique following another of the same actor; drawn dotted. */
  readonly sequence: boolean
  label?: string
}

export interface FlowGraph {
  readonly nodes: readonly FlowNode[]
  readonly edges: readonly FlowEdge[]
  readonly shown: number
  readonly leftOut: number
}

export interface GraphLimits {
  readonly maxNodes: number
  readonly maxEdges: number
}

const ID_HASH_LENGTH = 10

function nodeId(prefix: string, ...parts: string[]): string {
  return `${prefix}_${sha256Hex(parts.join('\u001f')).slice(0, ID_HASH_LENGTH)}`
}

/** Most severe first, then oldest, then by uid: the order findings earn a place in the picture. */
export function compareFlows(a: FlowFinding, b: FlowFinding): number {
  if (a.severityId !== b.severityId) return b.severityId - a.severityId
  if (a.time !== b.time) return a.time - b.time
  if (a.uid === b.uid) return 0
  return a.uid < b.uid ? -1 : 1
}

interface Step {
  readonly node: FlowNode
  readonly actorsKey: string
  firstSeen: number
  findings: number
}

/** The nodes and edges one finding needs, before they are known to fit. */
function partsOf(finding: FlowFinding) {
  const actorsKey = finding.actors.join('\u001f')
  const actorNodes: FlowNode[] = finding.actors.map((actor) => ({
    id: nodeId(finding.source === 'benchmark' ? 'b' : 'a', actor),
    kind: finding.source,
    lines: [actor],
    severityId: finding.severityId,
  }))
  const stepNode: FlowNode = {
    id: nodeId('t', actorsKey, finding.ruleId),
    kind: 'technique',
    lines: [
      ...(finding.techniques.length > 0 ? finding.techniques : ['no ATT&CK technique']),
      finding.ruleName,
    ],
    severityId: finding.severityId,
  }
  const targetNodes: FlowNode[] = finding.targets.map((target) => ({
    id: nodeId('r', target),
    kind: 'target',
    lines: [target],
    severityId: finding.severityId,
  }))
  return { actorsKey, actorNodes, stepNode, targetNodes }
}

export function buildFlowGraph(findings: readonly FlowFinding[], limits: GraphLimits): FlowGraph {
  const nodes = new Map<string, FlowNode>()
  const edges = new Map<string, FlowEdge>()
  const steps = new Map<string, Step>()
  const stepsPerActors = new Map<string, number>()
  let shown = 0
  let leftOut = 0
  let chainLinks = 0
  for (const finding of [...findings].sort(compareFlows)) {
    const { actorsKey, actorNodes, stepNode, targetNodes } = partsOf(finding)
    const wanted = [...actorNodes, stepNode, ...targetNodes].filter((node) => !nodes.has(node.id))
    const newNodes = new Set(wanted.map((node) => node.id)).size
    const wantedEdges = [
      ...actorNodes.map((actor) => `${actor.id}>${stepNode.id}`),
      ...targetNodes.map((target) => `${stepNode.id}>${target.id}`),
    ].filter((key) => !edges.has(key))
    const newEdges = new Set(wantedEdges).size
    // Each new step after an actor's first adds one link to that actor's chain.
    const newChainLinks = !steps.has(stepNode.id) && (stepsPerActors.get(actorsKey) ?? 0) > 0 ? 1 : 0
    if (
      nodes.size + newNodes > limits.maxNodes ||
      edges.size + chainLinks + newEdges + newChainLinks > limits.maxEdges
    ) {
      leftOut += 1
      continue
    }
    shown += 1
    chainLinks += newChainLinks
    for (const node of [...actorNodes, stepNode, ...targetNodes]) {
      const existing = nodes.get(node.id)
      if (existing === undefined) nodes.set(node.id, { ...node })
      else existing.severityId = Math.max(existing.severityId, node.severityId)
    }
    for (const actor of actorNodes)
      edges.set(`${actor.id}>${stepNode.id}`, { from: actor.id, to: stepNode.id, sequence: false })
    for (const target of targetNodes)
      edges.set(`${stepNode.id}>${target.id}`, { from: stepNode.id, to: target.id, sequence: false })
    const step = steps.get(stepNode.id)
    if (step === undefined) {
      steps.set(stepNode.id, { node: stepNode, actorsKey, firstSeen: finding.firstSeen, findings: 1 })
      stepsPerActors.set(actorsKey, (stepsPerActors.get(actorsKey) ?? 0) + 1)
    } else {
      step.firstSeen = Math.min(step.firstSeen, finding.firstSeen)
      step.findings += 1
    }
  }
  for (const step of steps.values()) {
    if (step.findings < 2) continue
    for (const edge of edges.values()) {
      if (edge.to === step.node.id) edge.label = `${step.findings} findings`
    }
  }
  const chain = chainEdges([...steps.values()])
  return { nodes: orderNodes([...nodes.values()]), edges: [...edges.values(), ...chain], shown, leftOut }
}

/** Each actor's steps in first-seen order, linked one to the next. */
function chainEdges(steps: readonly Step[]): FlowEdge[] {
  const byActors = new Map<string, Step[]>()
  for (const step of steps) {
    const list = byActors.get(step.actorsKey) ?? []
    list.push(step)
    byActors.set(step.actorsKey, list)
  }
  const links: FlowEdge[] = []
  for (const list of byActors.values()) {
    list.sort((a, b) => a.firstSeen - b.firstSeen || (a.node.id < b.node.id ? -1 : 1))
    for (let index = 1; index < list.length; index += 1) {
      const previous = list[index - 1]
      const next = list[index]
      if (previous === undefined || next === undefined) continue
      // Findings of one request (a pod that is privileged and mounts the host) start together.
      const label = next.firstSeen > previous.firstSeen ? 'then' : 'same time'
      links.push({ from: previous.node.id, to: next.node.id, sequence: true, label })
    }
  }
  return links
}

const NODE_KINDS: readonly NodeKind[] = ['actor', 'benchmark', 'technique', 'target']

/** Actors, then techniques, then targets, each in the order they entered the picture. */
function orderNodes(nodes: readonly FlowNode[]): FlowNode[] {
  const ordered: FlowNode[] = []
  for (const kind of NODE_KINDS) {
    for (const node of nodes) if (node.kind === kind) ordered.push(node)
  }
  return ordered
}

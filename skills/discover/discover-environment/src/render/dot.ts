/**
 * The graph as Graphviz DOT (`dot -Tsvg`): the same nodes and edges as the Mermaid picture, shapes by
 * kind, exposed resources outlined in red, techniques filled, and a graph label saying what was left out.
 */
import type { GraphNode, InventoryGraph } from '../inventory-graph.ts'
import { dotText, edgeCaption, isIdentity, nodeCaption } from './picture-labels.ts'
import { omissionText, type PictureSelection, pictureId } from './picture-selection.ts'

function attributesOf(node: GraphNode): string {
  const label = dotText(nodeCaption(node).join('\n'))
  const attributes = [`label="${label}"`]
  if (node.kind === 'technique') attributes.push('shape=hexagon', 'style=filled', 'fillcolor="#fdebd0"')
  else if (node.kind === 'internet') attributes.push('shape=ellipse', 'style=bold')
  else if (node.type === 'bucket') attributes.push('shape=cylinder')
  else if (isIdentity(node)) attributes.push('shape=box', 'style=rounded')
  else attributes.push('shape=box')
  if (node.exposures !== undefined) attributes.push('color="#c0392b"', 'penwidth=2')
  return attributes.join(', ')
}

export function renderDot(graph: InventoryGraph, selection: PictureSelection): string {
  const byId = new Map(selection.nodes.map((node) => [node.id, node]))
  const omitted = omissionText(selection)
  const scope = graph.account === undefined ? graph.provider : `${graph.provider} ${graph.account}`
  const caption = [`Inventory of ${scope}, observed ${graph.observed_at}`]
  if (omitted !== undefined) caption.push(omitted)
  for (const note of graph.notes) caption.push(`not collected: ${note}`)
  const lines = [
    'digraph inventory {',
    '  rankdir=LR;',
    `  label="${dotText(caption.join('\n'))}";`,
    '  labelloc=t;',
  ]
  for (const node of selection.nodes) lines.push(`  ${pictureId(node)} [${attributesOf(node)}];`)
  for (const edge of selection.edges) {
    const source = byId.get(edge.source)
    const target = byId.get(edge.target)
    if (source === undefined || target === undefined) continue
    const style = edge.relation === 'exposed-to' ? ', style=dashed' : ''
    lines.push(
      `  ${pictureId(source)} -> ${pictureId(target)} [label="${dotText(edgeCaption(edge))}"${style}];`,
    )
  }
  lines.push('}')
  return `${lines.join('\n')}\n`
}

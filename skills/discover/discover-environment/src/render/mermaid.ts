/**
 * The graph as a Mermaid flowchart, as GitHub renders it in Markdown: identities as stadiums, storage as
 * cylinders, the internet as a circle, techniques as hexagons, exposed resources outlined in red.
 */
import type { GraphNode, InventoryGraph } from '../inventory-graph.ts'
import { edgeCaption, isIdentity, mermaidText, nodeCaption } from './picture-labels.ts'
import { omissionText, type PictureSelection, pictureId } from './picture-selection.ts'

const INDENT = '  '

function shapeOf(node: GraphNode): readonly [string, string] {
  if (node.kind === 'technique') return ['{{', '}}']
  if (node.kind === 'internet') return ['((', '))']
  if (node.type === 'bucket') return ['[(', ')]']
  if (isIdentity(node)) return ['([', '])']
  return ['[', ']']
}

function nodeLine(node: GraphNode): string {
  const [open, close] = shapeOf(node)
  return `${INDENT}${pictureId(node)}${open}"${nodeCaption(node).map(mermaidText).join('<br/>')}"${close}`
}

export function renderMermaid(graph: InventoryGraph, selection: PictureSelection): string {
  const byId = new Map(selection.nodes.map((node) => [node.id, node]))
  const omitted = omissionText(selection)
  const scope = graph.account === undefined ? graph.provider : `${graph.provider} ${graph.account}`
  const lines = ['flowchart LR', `${INDENT}accTitle: ${mermaidText(`Inventory of ${scope}`)}`]
  lines.push(
    `${INDENT}accDescr: ${mermaidText(`${selection.nodes.length} node(s) and ${selection.edges.length} relationship(s) observed ${graph.observed_at}${omitted === undefined ? '' : `, ${omitted}`}`)}`,
  )
  if (selection.nodes.length === 0) lines.push(`${INDENT}empty["No resources"]`)
  for (const node of selection.nodes) lines.push(nodeLine(node))
  if (omitted !== undefined) lines.push(`${INDENT}omitted["${mermaidText(omitted)}"]`)
  for (const note of graph.notes) {
    lines.push(`${INDENT}%% not collected: ${note.replace(/[\r\n]+/g, ' ')}`)
  }
  for (const edge of selection.edges) {
    const source = byId.get(edge.source)
    const target = byId.get(edge.target)
    if (source === undefined || target === undefined) continue
    const arrow = edge.relation === 'exposed-to' ? '-.->' : '-->'
    lines.push(
      `${INDENT}${pictureId(source)} ${arrow}|"${mermaidText(edgeCaption(edge))}"| ${pictureId(target)}`,
    )
  }
  lines.push(`${INDENT}classDef exposed stroke:#c0392b,stroke-width:2px`)
  lines.push(`${INDENT}classDef technique fill:#fdebd0,stroke:#e67e22`)
  const exposed = selection.nodes.filter((node) => node.exposures !== undefined).map(pictureId)
  const techniques = selection.nodes.filter((node) => node.kind === 'technique').map(pictureId)
  if (exposed.length > 0) lines.push(`${INDENT}class ${exposed.join(',')} exposed`)
  if (techniques.length > 0) lines.push(`${INDENT}class ${techniques.join(',')} technique`)
  return `${lines.join('\n')}\n`
}

/**
 * Renders a flow graph as Mermaid flowchart text. Every label is untrusted text from the findings, so
 * each character outside a small safe set becomes a Mermaid entity code (`#35;`): nothing in a label
 * can close its quotes, start a directive or inject HTML.
 */
import type { FlowEdge, FlowGraph, FlowNode, NodeKind } from './flow-graph.ts'
import { SEVERITY_STYLES, severityStyleOf } from './mappings/severity-style.ts'

/** Longer lines are cut: a node is a label, not a report. */
export const MAX_LABEL_CHARS = 80
export const BLANK_LABEL = '(blank)'
const SAFE_CHARACTER = /[A-Za-z0-9 .,:/_@+=*()-]/
const INDENT = '  '

/** Opening and closing brackets of each kind's shape: people are stadiums, data cylinders. */
const SHAPES: Readonly<Record<NodeKind, readonly [string, string]>> = {
  actor: ['([', '])'],
  benchmark: ['{{', '}}'],
  technique: ['[', ']'],
  target: ['[(', ')]'],
}

export function escapeLabel(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  // Mermaid cannot parse an empty label.
  if (flat === '') return BLANK_LABEL
  const cut = flat.length > MAX_LABEL_CHARS ? `${flat.slice(0, MAX_LABEL_CHARS - 1)}…` : flat
  let escaped = ''
  for (const character of cut) {
    escaped += SAFE_CHARACTER.test(character) ? character : `#${character.codePointAt(0)};`
  }
  return escaped
}

function nodeLine(node: FlowNode): string {
  const [open, close] = SHAPES[node.kind]
  return `${INDENT}${node.id}${open}"${node.lines.map(escapeLabel).join('<br/>')}"${close}`
}

function edgeLine(edge: FlowEdge): string {
  const arrow = edge.sequence ? '-.->' : '-->'
  const label = edge.label === undefined ? '' : `|"${escapeLabel(edge.label)}"|`
  return `${INDENT}${edge.from} ${arrow}${label} ${edge.to}`
}

export interface RenderInput {
  readonly graph: FlowGraph
  /** Findings left out before the graph was built (beyond what is held), added to the graph's own count. */
  readonly leftOutEarly: number
}

export function renderMermaid({ graph, leftOutEarly }: RenderInput): string {
  const leftOut = graph.leftOut + leftOutEarly
  const lines = ['flowchart LR', `${INDENT}accTitle: Attack flow`]
  lines.push(
    `${INDENT}accDescr: ${graph.shown} finding(s) as actors, ATT&CK techniques and targets${leftOut > 0 ? `; ${leftOut} more left out` : ''}`,
  )
  if (graph.nodes.length === 0) lines.push(`${INDENT}empty["No findings"]`)
  for (const node of graph.nodes) lines.push(nodeLine(node))
  if (leftOut > 0)
    lines.push(`${INDENT}more["${escapeLabel(`${leftOut} less severe finding(s) not shown`)}"]`)
  for (const edge of graph.edges) lines.push(edgeLine(edge))
  for (const style of Object.values(SEVERITY_STYLES))
    lines.push(`${INDENT}classDef ${style.className} ${style.style}`)
  const byClass = new Map<string, string[]>()
  for (const node of graph.nodes) {
    const className = severityStyleOf(node.severityId).className
    const ids = byClass.get(className) ?? []
    ids.push(node.id)
    byClass.set(className, ids)
  }
  for (const [className, ids] of byClass) lines.push(`${INDENT}class ${ids.join(',')} ${className}`)
  return `${lines.join('\n')}\n`
}

/** In a ```mermaid block, as GitHub renders it in comments and Markdown files. */
export function fence(text: string): string {
  return `\`\`\`mermaid\n${text}\`\`\`\n`
}

/**
 * Node and edge captions for pictures: the type and name of a resource, a technique's id and name. The
 * text is untrusted (resource names and tags come from the account), so each format escapes it: Mermaid
 * gets entity codes for everything outside a small safe set, DOT a quoted string with `"` and `\` escaped.
 */
import type { GraphEdge, GraphNode } from '../inventory-graph.ts'

/** Longer captions are cut: a node is a label, not a report. */
export const MAX_LABEL_CHARS = 80

function cut(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > MAX_LABEL_CHARS ? `${flat.slice(0, MAX_LABEL_CHARS - 1)}…` : flat
}

const IDENTITY_TYPES: ReadonlySet<string> = new Set([
  'user',
  'group',
  'role',
  'service-account',
  'principal',
  'access-key',
])

/** Identities and their credentials, drawn rounded in both formats. */
export function isIdentity(node: GraphNode): boolean {
  return node.kind === 'resource' && IDENTITY_TYPES.has(node.type)
}

/** The caption lines of a node. */
export function nodeCaption(node: GraphNode): string[] {
  if (node.kind === 'technique') return [cut(node.uid), cut(node.name)]
  if (node.kind === 'internet') return [node.name]
  return [cut(node.type), cut(node.name)]
}

export function edgeCaption(edge: GraphEdge): string {
  if (edge.relation === 'exposed-to' || edge.label === undefined) return edge.relation
  return cut(`${edge.relation} ${edge.label}`)
}

const MERMAID_SAFE = /[A-Za-z0-9 .,:/_@+=*()-]/

/** Mermaid text: every character outside the safe set becomes an entity code, so nothing closes a quote. */
export function mermaidText(text: string): string {
  if (text === '') return '(blank)'
  let escaped = ''
  for (const character of text)
    escaped += MERMAID_SAFE.test(character) ? character : `#${character.codePointAt(0)};`
  return escaped
}

/** A DOT double-quoted string's content; line breaks become \n escapes. */
export function dotText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')
}

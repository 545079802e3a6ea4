/**
 * Graphviz DOT read back with an independent parser (@ts-graphviz/ast, a PEG grammar of the DOT language):
 * the nodes with their attributes, the edges, and the graph's own attributes, with quoted strings decoded.
 */
import { parse } from '@ts-graphviz/ast'

export interface ParsedDot {
  readonly directed: boolean
  readonly graphAttributes: ReadonlyMap<string, string>
  readonly nodes: ReadonlyMap<string, ReadonlyMap<string, string>>
  readonly edges: ReadonlyArray<{ from: string; to: string; attributes: ReadonlyMap<string, string> }>
}

interface Literal {
  value: string
}
interface AttributeNode {
  type: 'Attribute'
  key: Literal
  value: Literal
}
interface Statement {
  type: string
  id?: Literal
  key?: Literal
  value?: Literal
  targets?: Array<{ id: Literal }>
  children: AttributeNode[]
}

/** DOT escapes inside quotes: \" and \\ stand for themselves; \n stays the line break Graphviz draws. */
function decode(text: string): string {
  return text.replace(/\\(["\\])/g, '$1')
}

function attributesOf(children: readonly AttributeNode[]): Map<string, string> {
  return new Map(
    children
      .filter((child) => child.type === 'Attribute')
      .map((child) => [child.key.value, decode(child.value.value)]),
  )
}

/** Throws the parser's DotSyntaxError for invalid text. */
export function parseDot(text: string): ParsedDot {
  const root = parse(text) as unknown as { children: Array<{ directed: boolean; children: Statement[] }> }
  const graph = root.children[0]
  if (graph === undefined) throw new Error('no graph')
  const graphAttributes = new Map<string, string>()
  const nodes = new Map<string, Map<string, string>>()
  const edges: Array<{ from: string; to: string; attributes: Map<string, string> }> = []
  for (const statement of graph.children) {
    if (statement.type === 'Attribute' && statement.key !== undefined && statement.value !== undefined)
      graphAttributes.set(statement.key.value, decode(statement.value.value))
    if (statement.type === 'Node' && statement.id !== undefined)
      nodes.set(statement.id.value, attributesOf(statement.children))
    if (statement.type === 'Edge' && statement.targets !== undefined) {
      const [from, to] = statement.targets
      if (from !== undefined && to !== undefined)
        edges.push({ from: from.id.value, to: to.id.value, attributes: attributesOf(statement.children) })
    }
  }
  return { directed: graph.directed, graphAttributes, nodes, edges }
}

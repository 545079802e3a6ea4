/**
 * Mermaid's own parser, for tests: the text a converter writes is parsed by the library GitHub renders
 * it with, and the flowchart it builds (vertices, edges, classes) is read back. Mermaid sanitises labels
 * with DOMPurify, which needs a DOM, so a jsdom window stands in for the browser's.
 */
import { JSDOM } from 'jsdom'

export interface ParsedFlowchart {
  readonly vertices: ReadonlyMap<string, { text?: string; classes?: string[] }>
  readonly edges: ReadonlyArray<{ start: string; end: string; text?: string; stroke?: string }>
  readonly classes: ReadonlyMap<string, unknown>
  readonly accDescription: string
}

interface FlowDb {
  getVertices(): Map<string, { text?: string; classes?: string[] }>
  getEdges(): Array<{ start: string; end: string; text?: string; stroke?: string }>
  getClasses(): Map<string, unknown>
  getAccDescription(): string
}

async function loadMermaid() {
  const { window } = new JSDOM('')
  Object.assign(globalThis, { window, document: window.document })
  const { default: mermaid } = await import('mermaid')
  return mermaid
}

const mermaidPromise = loadMermaid()

/**
 * Mermaid keeps entity codes in a private form while parsing (`#35;` becomes `ﬂ°°35¶ß`) and decodes
 * them when it draws; this decodes them the same way, so a label can be compared with its source text.
 */
export function decodeLabel(text: string): string {
  return text
    .replace(/ﬂ°°(\d+)¶ß/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/ﬂ°(\w+)¶ß/g, (_, name: string) => `&${name};`)
}

/** Throws Mermaid's parse error for invalid text. */
export async function parseFlowchart(text: string): Promise<ParsedFlowchart> {
  const mermaid = await mermaidPromise
  const result = await mermaid.parse(text)
  if (result.diagramType !== 'flowchart-v2') throw new Error(`not a flowchart: ${result.diagramType}`)
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text)
  const db = diagram.db as unknown as FlowDb
  return {
    vertices: db.getVertices(),
    edges: db.getEdges(),
    classes: db.getClasses(),
    accDescription: db.getAccDescription(),
  }
}

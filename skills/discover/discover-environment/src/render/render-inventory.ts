/** The graph in the format asked for: its JSON (the default), OCSF 5023 JSONL, or a bounded Mermaid or DOT picture. */
import type { InventoryGraph } from '../inventory-graph.ts'
import { renderDot } from './dot.ts'
import { renderMermaid } from './mermaid.ts'
import { toInventoryEvents } from './ocsf-inventory.ts'
import { omissionText, selectForPicture } from './picture-selection.ts'

export const FORMATS = ['json', 'ocsf', 'mermaid', 'dot'] as const
export type InventoryFormat = (typeof FORMATS)[number]

export interface RenderOptions {
  readonly format: InventoryFormat
  readonly maxNodes: number
  readonly skill: string
  readonly logSource?: string
}

export interface RenderedInventory {
  readonly text: string
  /** Events, or nodes drawn. */
  readonly emitted: number
  /** What a picture left out, for the summary. */
  readonly omitted?: string
}

export function renderInventory(graph: InventoryGraph, options: RenderOptions): RenderedInventory {
  switch (options.format) {
    case 'json':
      return { text: `${JSON.stringify(graph, null, 2)}\n`, emitted: graph.nodes.length }
    case 'ocsf': {
      const events = toInventoryEvents(graph, { skill: options.skill, logSource: options.logSource })
      return { text: events.map((event) => `${JSON.stringify(event)}\n`).join(''), emitted: events.length }
    }
    default: {
      const selection = selectForPicture(graph, options.maxNodes)
      const text =
        options.format === 'mermaid' ? renderMermaid(graph, selection) : renderDot(graph, selection)
      return { text, emitted: selection.nodes.length, omitted: omissionText(selection) }
    }
  }
}

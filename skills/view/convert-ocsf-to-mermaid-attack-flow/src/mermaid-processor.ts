/**
 * Collects findings and writes one Mermaid flowchart at the end. Only the most severe findings that
 * could ever be drawn are held, so memory stays bounded; what is left out is drawn as one note, said on
 * stderr and counted in the summary.
 */
import type { RecordProcessor } from '#shared/io/index.ts'
import { type FlowFinding, flowOf } from './finding-flow.ts'
import { buildFlowGraph, compareFlows, type GraphLimits } from './flow-graph.ts'
import { fence, renderMermaid } from './mermaid-text.ts'

/** Mermaid refuses diagrams longer than this (its default maxTextSize, which GitHub keeps). */
export const MERMAID_MAX_TEXT_CHARS = 50_000
/** Findings held at once, the most severe kept: far more than a bounded picture can tell apart. */
const MAX_HELD_FINDINGS = 10_000

export interface MermaidOptions extends GraphLimits {
  /** Wrap the diagram in a ```mermaid block for a pull-request comment or Markdown file. */
  readonly fenced: boolean
}

/** The diagram for the held findings, dropping the least severe until the text fits Mermaid's limit. */
function renderWithin(flows: readonly FlowFinding[], options: MermaidOptions, leftOutEarly: number) {
  let kept = [...flows].sort(compareFlows)
  let trimmed = 0
  for (;;) {
    const graph = buildFlowGraph(kept, options)
    const text = renderMermaid({ graph, leftOutEarly: leftOutEarly + trimmed })
    if (text.length <= MERMAID_MAX_TEXT_CHARS || kept.length === 0) {
      return { text, graph, leftOut: graph.leftOut + leftOutEarly + trimmed }
    }
    const keep = Math.floor(kept.length * 0.9)
    trimmed += kept.length - keep
    kept = kept.slice(0, keep)
  }
}

export function createMermaidProcessor(options: MermaidOptions): RecordProcessor {
  let flows: FlowFinding[] = []
  let leftOutEarly = 0
  return {
    process(record, context) {
      const result = flowOf(record)
      if ('dropReason' in result) {
        context.drop(result.dropReason)
        return
      }
      if ('skipReason' in result) {
        context.skip(result.skipReason)
        return
      }
      flows.push(result.flow)
      if (flows.length >= 2 * MAX_HELD_FINDINGS) {
        flows.sort(compareFlows)
        leftOutEarly += flows.length - MAX_HELD_FINDINGS
        flows = flows.slice(0, MAX_HELD_FINDINGS)
      }
    },

    finish(context) {
      const { text, graph, leftOut } = renderWithin(flows, options, leftOutEarly)
      if (leftOut > 0) {
        context.note(`left out ${leftOut} less severe finding(s)`)
        context.warn(
          `left out ${leftOut} less severe finding(s) to stay within ${options.maxNodes} nodes, ${options.maxEdges} edges and Mermaid's ${MERMAID_MAX_TEXT_CHARS} characters`,
        )
      }
      context.note(
        `drew ${graph.shown} finding(s) as ${graph.nodes.length} nodes and ${graph.edges.length} edges`,
      )
      context.writeText(options.fenced ? fence(text) : text)
    },
  }
}

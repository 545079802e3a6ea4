/**
 * The Mermaid and DOT pictures, read back by independent parsers (Mermaid's own, under jsdom, and a DOT
 * grammar): every node and edge drawn, hostile names unable to break out of a label, and a bound on the
 * nodes that says what it left out.
 */
import { describe, expect, it } from 'vitest'
import { decodeLabel, parseFlowchart } from '../../../../../tests/helpers/mermaid-parser.ts'
import type { Environment } from '../../src/environment.ts'
import { buildInventoryGraph } from '../../src/inventory-graph.ts'
import { renderDot } from '../../src/render/dot.ts'
import { renderMermaid } from '../../src/render/mermaid.ts'
import { pictureId, selectForPicture } from '../../src/render/picture-selection.ts'
import { environmentOf, SMALL_ENVIRONMENT } from '../environment-of.ts'
import { parseDot } from './dot-parser.ts'

const OBSERVED = '2026-03-02T09:00:00.000Z'
const graph = buildInventoryGraph(SMALL_ENVIRONMENT, OBSERVED, ['AWS IAM ListRoles: permission denied'])

function pictureIdOf(uid: string): string {
  const node = graph.nodes.find((candidate) => candidate.uid === uid)
  if (node === undefined) throw new Error(`no node ${uid}`)
  return pictureId(node)
}

/** Names an account could hold that would break a label that was not escaped. */
const HOSTILE: Environment = environmentOf([
  {
    uid: 'b1',
    type: 'bucket',
    name: 'x"]; click A call alert(1) %%{init: {}}%% <img src=x onerror=alert(1)>',
    public: true,
  },
  { uid: 'b2', type: 'bucket', name: 'line\nbreak "quoted" back\\slash } -> evil [label=x]' },
  { uid: 'b3', type: 'bucket', name: 'é日本語 – emoji 🚀 `backticks` |pipes|' },
])

describe('the Mermaid picture', () => {
  it('parses as a flowchart with every node and edge of the graph', async () => {
    const selection = selectForPicture(graph, 80)
    const chart = await parseFlowchart(renderMermaid(graph, selection))
    expect([...chart.vertices.keys()].sort()).toEqual(graph.nodes.map(pictureId).sort())
    expect(chart.edges).toHaveLength(graph.edges.length)
    const web = chart.vertices.get(pictureIdOf('sg-web'))
    expect(decodeLabel(web?.text ?? '')).toBe('security-group<br>web')
    expect(web?.classes).toContain('exposed')
    const allows = chart.edges.find((edge) => decodeLabel(edge.text ?? '') === 'allows 0.0.0.0/0 tcp/22')
    expect(allows).toBeDefined()
    expect(chart.accDescription).toMatch(/observed 2026-03-02T09:00:00.000Z/)
  })

  it('keeps hostile names inside their labels', async () => {
    const hostile = buildInventoryGraph(HOSTILE, OBSERVED, [])
    const text = renderMermaid(hostile, selectForPicture(hostile, 80))
    const chart = await parseFlowchart(text)
    expect(chart.vertices.size).toBe(hostile.nodes.length)
    expect(text).not.toMatch(/<img|%%\{|^\s*click/m)
    const labels = [...chart.vertices.values()].map((vertex) => decodeLabel(vertex.text ?? ''))
    expect(labels).toContain('bucket<br>é日本語 – emoji 🚀 `backticks` |pipes|')
  })

  it('draws at most --max-nodes and says how much it left out', async () => {
    const selection = selectForPicture(graph, 6)
    expect(selection.nodes.length).toBeLessThanOrEqual(6)
    expect(selection.omittedResources).toBeGreaterThan(0)
    const chart = await parseFlowchart(renderMermaid(graph, selection))
    expect(chart.vertices.size).toBe(selection.nodes.length + 1)
    expect(decodeLabel(chart.vertices.get('omitted')?.text ?? '')).toBe(
      `${selection.omittedResources} resource(s) and ${selection.omittedEdges} relationship(s) not shown (--max-nodes)`,
    )
    // Exposed resources earn their place first, with the technique nodes they point at.
    const shownResources = selection.nodes.filter((node) => node.kind === 'resource')
    expect(shownResources.every((node) => node.exposures !== undefined)).toBe(true)
    for (const edge of selection.edges) {
      expect(selection.nodes.some((node) => node.id === edge.source)).toBe(true)
      expect(selection.nodes.some((node) => node.id === edge.target)).toBe(true)
    }
  })
})

describe('the DOT picture', () => {
  it('parses as a directed graph with every node, edge and the gaps in its label', () => {
    const dot = parseDot(renderDot(graph, selectForPicture(graph, 80)))
    expect(dot.directed).toBe(true)
    expect([...dot.nodes.keys()].sort()).toEqual(graph.nodes.map(pictureId).sort())
    expect(dot.edges).toHaveLength(graph.edges.length)
    expect(dot.graphAttributes.get('label')).toMatch(/not collected: AWS IAM ListRoles: permission denied$/)
    const bucket = dot.nodes.get(pictureIdOf('arn:aws:s3:::example-public-assets'))
    expect(bucket?.get('shape')).toBe('cylinder')
    expect(bucket?.get('label')).toBe('bucket\\nexample-public-assets')
    const technique = dot.nodes.get(pictureIdOf('T1530'))
    expect(technique?.get('shape')).toBe('hexagon')
  })

  it('keeps hostile names inside their quoted labels', () => {
    const hostile = buildInventoryGraph(HOSTILE, OBSERVED, [])
    const dot = parseDot(renderDot(hostile, selectForPicture(hostile, 80)))
    expect(dot.nodes.size).toBe(hostile.nodes.length)
    expect(dot.edges).toHaveLength(hostile.edges.length)
    const labels = [...dot.nodes.values()].map((attributes) => attributes.get('label'))
    expect(labels).toContain('bucket\\nline break "quoted" back\\slash } -> evil [label=x]')
  })

  it('bounds the picture the same way and states it in the graph label', () => {
    const selection = selectForPicture(graph, 6)
    const dot = parseDot(renderDot(graph, selection))
    expect(dot.nodes.size).toBe(selection.nodes.length)
    expect(dot.graphAttributes.get('label')).toMatch(
      /resource\(s\) and \d+ relationship\(s\) not shown \(--max-nodes\)/,
    )
  })
})

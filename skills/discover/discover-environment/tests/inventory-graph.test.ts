/** The environment as a graph: resources, relationships, derived internet edges and technique nodes, with stable ids. */
import { describe, expect, it } from 'vitest'
import { stableUid } from '#shared/json/index.ts'
import { buildInventoryGraph, INTERNET_UID } from '../src/inventory-graph.ts'
import { SMALL_ENVIRONMENT } from './environment-of.ts'

const OBSERVED = '2026-03-02T09:00:00.000Z'

describe('buildInventoryGraph', () => {
  const graph = buildInventoryGraph(SMALL_ENVIRONMENT, OBSERVED, ['AWS IAM ListRoles: permission denied'])
  const byUid = new Map(graph.nodes.map((node) => [node.uid, node]))
  const edgesOf = (relation: string) => graph.edges.filter((edge) => edge.relation === relation)

  it('has a node per resource, then the internet, then techniques by id', () => {
    expect(graph.nodes.map((node) => node.kind)).toEqual([
      ...SMALL_ENVIRONMENT.resources.map(() => 'resource'),
      'internet',
      ...Array(8).fill('technique'),
    ])
    const techniques = graph.nodes.filter((node) => node.kind === 'technique').map((node) => node.uid)
    expect(techniques).toEqual(
      ['T1021.004', 'T1078.004', 'T1098.001', 'T1133', 'T1199', 'T1530', 'T1552.001', 'T1552.005']
        .concat()
        .sort(),
    )
  })

  it('names techniques from the catalogue with their tactics', () => {
    expect(byUid.get('T1530')).toMatchObject({
      type: 'attack-technique',
      name: 'Data from Cloud Storage',
      tactics: ['TA0009'],
    })
  })

  it('keeps every relationship and derives allows, public and exposed-to edges', () => {
    expect(edgesOf('has')).toHaveLength(1)
    expect(edgesOf('trusts')).toHaveLength(1)
    expect(edgesOf('allows')).toEqual([
      expect.objectContaining({
        source: byUid.get('sg-web')?.id,
        target: byUid.get(INTERNET_UID)?.id,
        label: '0.0.0.0/0 tcp/22',
      }),
    ])
    expect(edgesOf('public')).toEqual([
      expect.objectContaining({
        source: byUid.get('arn:aws:s3:::example-public-assets')?.id,
        target: byUid.get(INTERNET_UID)?.id,
      }),
    ])
    const toSsh = edgesOf('exposed-to').find((edge) => edge.target === byUid.get('T1021.004')?.id)
    expect(toSsh).toMatchObject({ source: byUid.get('sg-web')?.id, label: '0.0.0.0/0 tcp/22' })
    expect(toSsh?.reason).toMatch(/SSH is reachable from the internet/)
  })

  it('gives ids that depend on what a node or edge is, not on order', () => {
    expect(byUid.get('AKIAIOSFODNN7EXAMPLE')?.id).toBe(stableUid('node', 'resource', 'AKIAIOSFODNN7EXAMPLE'))
    const reversed = buildInventoryGraph(
      {
        ...SMALL_ENVIRONMENT,
        resources: [...SMALL_ENVIRONMENT.resources].reverse(),
        relationships: [...SMALL_ENVIRONMENT.relationships].reverse(),
      },
      OBSERVED,
      [],
    )
    const ids = (nodes: readonly { id: string }[]) => new Set(nodes.map((node) => node.id))
    expect(ids(reversed.nodes)).toEqual(ids(graph.nodes))
    expect(ids(reversed.edges)).toEqual(ids(graph.edges))
    expect(new Set(graph.edges.map((edge) => edge.id)).size).toBe(graph.edges.length)
  })

  it('is byte-identical on a rerun and carries the notes', () => {
    expect(
      JSON.stringify(
        buildInventoryGraph(SMALL_ENVIRONMENT, OBSERVED, ['AWS IAM ListRoles: permission denied']),
      ),
    ).toBe(JSON.stringify(graph))
    expect(graph.notes).toEqual(['AWS IAM ListRoles: permission denied'])
  })

  it('gives a principal no account unless the description does', () => {
    expect(byUid.get('arn:aws:iam::999988887777:root')?.account).toBe('999988887777')
    const service = buildInventoryGraph(
      {
        ...SMALL_ENVIRONMENT,
        resources: [{ uid: 'ec2.amazonaws.com', type: 'principal' }],
        relationships: [],
      },
      OBSERVED,
      [],
    )
    expect(service.nodes[0]?.account).toBeUndefined()
    expect(byUid.get('i-web')?.account).toBe('111122223333')
  })
})

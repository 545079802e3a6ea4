/** The graph as OCSF 5023: one Collect event per resource with its relationships as an OCSF Graph, and one Failure event per gap. */
import { describe, expect, it } from 'vitest'
import type { CloudResourcesInventoryInfo } from '#shared/ocsf/index.ts'
import { HAS_SHARED } from '../../../../../tests/helpers/paths.ts'
import { ocsfValidate, zodProblems } from '../../../../../tests/helpers/validators.ts'
import { buildInventoryGraph } from '../../src/inventory-graph.ts'
import { toInventoryEvents } from '../../src/render/ocsf-inventory.ts'
import { SMALL_ENVIRONMENT } from '../environment-of.ts'

const OBSERVED = '2026-03-02T09:00:00.000Z'
const NOTE = 'AWS IAM ListRoles: permission denied; the caller needs iam:ListRoles: denied'
const graph = buildInventoryGraph(SMALL_ENVIRONMENT, OBSERVED, [NOTE])
const events = toInventoryEvents(graph, { skill: 'discover-environment', logSource: 'environment.yaml' })

function eventOf(uid: string): CloudResourcesInventoryInfo | undefined {
  return events.find((event) => event.resources?.[0]?.uid === uid)
}

describe('toInventoryEvents', () => {
  it('emits one valid Collect event per resource and one Failure per gap', () => {
    expect(zodProblems(events)).toEqual([])
    expect(events).toHaveLength(SMALL_ENVIRONMENT.resources.length + 1)
    expect(
      events.every(
        (event) => event.class_uid === 5023 && event.activity_id === 2 && event.type_uid === 502302,
      ),
    ).toBe(true)
    expect(events.every((event) => event.time === Date.parse(OBSERVED))).toBe(true)
    const gap = events.at(-1)
    expect(gap).toMatchObject({
      status_id: 2,
      status: 'Failure',
      status_detail: NOTE,
      resources: [{ uid: '111122223333', type: 'account' }],
    })
  })

  it('names the cloud and account, and the exposures as labels', () => {
    const key = eventOf('AKIAIOSFODNN7EXAMPLE')
    expect(key?.cloud).toEqual({
      provider: 'AWS',
      account: { uid: '111122223333', type_id: 10, type: 'AWS Account' },
    })
    expect(key?.metadata.profiles).toEqual(['cloud'])
    expect(key?.resources?.[0]?.labels).toEqual(['active-key'])
    expect(key?.message).toBe('access-key AKIAIOSFODNN7EXAMPLE: exposed to T1098.001, T1552.001')
    expect(key?.metadata.log_source).toBe('environment.yaml')
  })

  it('carries the resource’s relationships and techniques as an OCSF graph keyed by provider uids', () => {
    const relationship = eventOf('sg-web')?.resources?.[0]?.resource_relationship
    expect(relationship?.nodes.map((node) => node.uid).sort()).toEqual(
      ['0.0.0.0/0', 'T1021.004', 'T1133', 'i-web', 'sg-web'].sort(),
    )
    expect(relationship?.edges).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ relation: 'protected-by', source: 'i-web', target: 'sg-web' }),
        expect.objectContaining({
          relation: 'allows',
          name: 'allows 0.0.0.0/0 tcp/22',
          source: 'sg-web',
          target: '0.0.0.0/0',
        }),
        expect.objectContaining({
          relation: 'exposed-to',
          source: 'sg-web',
          target: 'T1021.004',
          data: { reason: expect.stringMatching(/SSH/) },
        }),
      ]),
    )
    expect(relationship?.nodes.find((node) => node.uid === 'T1133')).toEqual({
      uid: 'T1133',
      name: 'External Remote Services',
      type: 'attack-technique',
      desc: 'MITRE ATT&CK technique',
    })
  })

  it('gives each event a uid of the resource and the time observed, so reruns are identical', () => {
    const again = toInventoryEvents(buildInventoryGraph(SMALL_ENVIRONMENT, OBSERVED, [NOTE]), {
      skill: 'discover-environment',
      logSource: 'environment.yaml',
    })
    expect(JSON.stringify(again)).toBe(JSON.stringify(events))
    expect(new Set(events.map((event) => event.metadata.uid)).size).toBe(events.length)
    const later = toInventoryEvents(buildInventoryGraph(SMALL_ENVIRONMENT, '2026-03-03T09:00:00.000Z', []), {
      skill: 'discover-environment',
    })
    expect(later[0]?.metadata.uid).not.toBe(events[0]?.metadata.uid)
  })

  it('leaves out the cloud object for an environment of no provider', () => {
    const other = toInventoryEvents(
      buildInventoryGraph({ ...SMALL_ENVIRONMENT, provider: 'other', account: undefined }, OBSERVED, []),
      { skill: 'discover-environment' },
    )
    expect(zodProblems(other)).toEqual([])
    expect(other.every((event) => event.cloud === undefined && event.metadata.profiles === undefined)).toBe(
      true,
    )
  })

  it.runIf(HAS_SHARED)('passes the independent validator with no warnings', () => {
    const report = ocsfValidate(events.map((event) => JSON.stringify(event)).join('\n'))
    expect(report.output).toMatch(/ 0 invalid, 0 warnings/)
    expect(report.status).toBe(0)
  })
})

/** Which flow records count as a workload reaching a neighbour's remote service, from the golden scenario. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { OcsfEvent } from '#shared/ocsf/index.ts'
import { GOLDEN } from '../../../../tests/helpers/paths.ts'
import { parseJsonl } from '../../../../tests/helpers/run-skill.ts'
import { parseCidr } from '../src/address-ranges.ts'
import { lateralMovementConfig } from '../src/config.ts'
import { remoteServiceFlowOf } from '../src/remote-service-flow.ts'
import { DEFAULT_CONFIG, DEFAULT_SETTINGS } from './rules/test-config.ts'

const FLOWS = parseJsonl(
  readFileSync(join(GOLDEN, 'aws-lateral-movement', 'expected.flows.ocsf.jsonl'), 'utf8'),
) as OcsfEvent[]

/** The flow with some attributes replaced, as a log with other values would give it. */
function variant(base: OcsfEvent, changes: Record<string, unknown>): OcsfEvent {
  return { ...base, ...changes } as OcsfEvent
}

function flowAt(index: number): OcsfEvent {
  const flow = FLOWS[index]
  if (flow === undefined) throw new Error(`the scenario has no flow ${index}`)
  return flow
}

describe('remoteServiceFlowOf', () => {
  it('reads an egress SSH record with the instance on its source', () => {
    expect(remoteServiceFlowOf(flowAt(2), DEFAULT_CONFIG)).toMatchObject({
      source: { instance: 'i-0a1b2c3d4e5f60718', address: '10.20.1.15' },
      destination: '10.20.2.40',
      port: 22,
      service: { name: 'SSH', kind: 'remote administration' },
      time: Date.UTC(2026, 2, 2, 10, 3),
      end: Date.UTC(2026, 2, 2, 10, 4),
    })
  })

  it('reads the same connection logged at the destination by its source address alone', () => {
    expect(remoteServiceFlowOf(flowAt(3), DEFAULT_CONFIG)?.source).toEqual({
      instance: undefined,
      address: '10.20.1.15',
    })
  })

  it('reads a default-format record, which names no direction', () => {
    expect(remoteServiceFlowOf(flowAt(18), DEFAULT_CONFIG)).toMatchObject({
      source: { address: '10.20.5.33' },
      destination: '10.20.6.7',
      service: { name: 'PostgreSQL', kind: 'data service' },
    })
  })

  it.each([
    [4, 'the SSH server’s answer to an ephemeral port'],
    [6, 'a rejected connection'],
    [9, 'HTTPS to S3'],
    [12, 'SSH to an address outside the VPC'],
    [13, 'HTTPS inside the VPC'],
  ])('leaves out flow %i: %s', (index) => {
    expect(remoteServiceFlowOf(flowAt(index), DEFAULT_CONFIG)).toBeUndefined()
  })

  it('leaves out traffic from outside the private ranges, UDP, and records without an action', () => {
    const flow = flowAt(2)
    const inbound = variant(flow, { src_endpoint: { ip: '198.51.100.7', port: 40_000 } })
    const udp = variant(flow, { connection_info: { ...flow.connection_info, protocol_num: 17 } })
    const unknownAction = variant(flow, { action_id: 0 })
    for (const event of [inbound, udp, unknownAction]) {
      expect(remoteServiceFlowOf(event, DEFAULT_CONFIG)).toBeUndefined()
    }
  })

  it('counts a same-VPC destination outside the private ranges, as traffic-path says', () => {
    const flow = flowAt(2)
    const publicRangeVpc = variant(flow, { dst_endpoint: { ip: '198.18.7.20', port: 22 } })
    expect(remoteServiceFlowOf(publicRangeVpc, DEFAULT_CONFIG)?.destination).toBe('198.18.7.20')
    const noPath = variant(publicRangeVpc, { connection_info: { protocol_num: 6 } })
    expect(remoteServiceFlowOf(noPath, DEFAULT_CONFIG)).toBeUndefined()
  })

  it('reads IPv6 traffic inside a VPC block given with --internal-cidr', () => {
    const flow = flowAt(2)
    const ipv6 = variant(flow, {
      src_endpoint: { ip: '2001:db8:1234:1::15', port: 50_000 },
      dst_endpoint: { ip: '2001:db8:1234:2::40', port: 3389 },
      connection_info: { protocol_num: 6 },
    })
    expect(remoteServiceFlowOf(ipv6, DEFAULT_CONFIG)).toBeUndefined()
    const block = parseCidr('2001:db8:1234::/56')
    if (block === undefined) throw new Error('fixture CIDR does not parse')
    const config = lateralMovementConfig({ ...DEFAULT_SETTINGS, internalCidrs: [block] })
    expect(remoteServiceFlowOf(ipv6, config)?.service.name).toBe('RDP')
  })

  it('watches added ports and forgets ignored ones', () => {
    const config = lateralMovementConfig({ ...DEFAULT_SETTINGS, addPorts: [443], ignorePorts: [22] })
    expect(remoteServiceFlowOf(flowAt(13), config)?.service).toEqual({
      name: 'port 443',
      kind: 'remote administration',
    })
    expect(remoteServiceFlowOf(flowAt(2), config)).toBeUndefined()
  })
})

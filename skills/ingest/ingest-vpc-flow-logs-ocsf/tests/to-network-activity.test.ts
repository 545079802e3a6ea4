/** What each flow log field becomes in OCSF Network Activity, field by field. */
import { describe, expect, it } from 'vitest'
import type { NetworkActivity } from '#shared/ocsf/index.ts'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { zodProblems } from '../../../../tests/helpers/validators.ts'
import { createFlowLogProcessor } from '../src/flow-log-processor.ts'

const V5_HEADER =
  'version account-id interface-id instance-id vpc-id subnet-id srcaddr dstaddr pkt-srcaddr pkt-dstaddr srcport dstport protocol packets bytes start end action log-status tcp-flags type region az-id pkt-src-aws-service pkt-dst-aws-service flow-direction traffic-path sublocation-type sublocation-id'

/** A version 5 line of the instance i-0a1b2c3d4e5f60718 on eni-0a1b2c3d4e5f60718, with overrides by field. */
function v5Line(overrides: Record<string, string> = {}): string {
  const fields: Record<string, string> = {
    version: '5',
    'account-id': '111122223333',
    'interface-id': 'eni-0a1b2c3d4e5f60718',
    'instance-id': 'i-0a1b2c3d4e5f60718',
    'vpc-id': 'vpc-0f1e2d3c4b5a69788',
    'subnet-id': 'subnet-0aa11bb22cc33dd44',
    srcaddr: '10.20.1.15',
    dstaddr: '10.20.2.40',
    'pkt-srcaddr': '10.20.1.15',
    'pkt-dstaddr': '10.20.2.40',
    srcport: '50432',
    dstport: '22',
    protocol: '6',
    packets: '12',
    bytes: '3120',
    start: '1767225600',
    end: '1767225660',
    action: 'ACCEPT',
    'log-status': 'OK',
    'tcp-flags': '2',
    type: 'IPv4',
    region: 'eu-west-1',
    'az-id': 'euw1-az2',
    'pkt-src-aws-service': '-',
    'pkt-dst-aws-service': '-',
    'flow-direction': 'egress',
    'traffic-path': '1',
    'sublocation-type': '-',
    'sublocation-id': '-',
    ...overrides,
  }
  return V5_HEADER.split(' ')
    .map((name) => fields[name])
    .join(' ')
}

async function ingestLines(...lines: string[]): Promise<NetworkActivity[]> {
  const run = await runProcessor(createFlowLogProcessor(), [V5_HEADER, ...lines].join('\n'), 'flows.log')
  expect(run.warnings).toEqual([])
  expect(zodProblems(run.events)).toEqual([])
  return run.events as NetworkActivity[]
}

async function ingestOne(overrides: Record<string, string> = {}): Promise<NetworkActivity> {
  const [event] = await ingestLines(v5Line(overrides))
  if (event === undefined) throw new Error('no event emitted')
  return event
}

describe('action', () => {
  it.each([
    [
      'ACCEPT',
      {
        activity_id: 6,
        type_uid: 400106,
        action_id: 1,
        action: 'Allowed',
        disposition_id: 1,
        disposition: 'Allowed',
      },
    ],
    [
      'REJECT',
      {
        activity_id: 5,
        type_uid: 400105,
        action_id: 2,
        action: 'Denied',
        disposition_id: 2,
        disposition: 'Blocked',
      },
    ],
    [
      '-',
      {
        activity_id: 6,
        type_uid: 400106,
        action_id: 0,
        action: 'Unknown',
        disposition_id: 0,
        disposition: 'Unknown',
      },
    ],
  ])('%s', async (action, expected) => {
    const event = await ingestOne({ action })
    expect(event).toMatchObject(expected)
    expect(event.metadata.profiles).toEqual(['cloud', 'security_control'])
  })
})

describe('the workload that logged the flow', () => {
  const WORKLOAD = {
    interface_uid: 'eni-0a1b2c3d4e5f60718',
    instance_uid: 'i-0a1b2c3d4e5f60718',
    vpc_uid: 'vpc-0f1e2d3c4b5a69788',
    subnet_uid: 'subnet-0aa11bb22cc33dd44',
  }

  it('is the source of egress traffic, and the observation point', async () => {
    const event = await ingestOne({ 'flow-direction': 'egress' })
    expect(event.src_endpoint).toEqual({ ip: '10.20.1.15', port: 50432, ...WORKLOAD })
    expect(event.dst_endpoint).toEqual({ ip: '10.20.2.40', port: 22 })
    expect(event.network_observation_point).toEqual({ ip: '10.20.1.15', ...WORKLOAD })
    expect(event).toMatchObject({ observation_point_id: 1, observation_point: 'Source' })
    expect(event.connection_info).toMatchObject({ direction_id: 2, direction: 'Outbound' })
  })

  it('is the destination of ingress traffic', async () => {
    const event = await ingestOne({
      'flow-direction': 'ingress',
      srcaddr: '10.20.2.40',
      'pkt-srcaddr': '10.20.2.40',
      dstaddr: '10.20.1.15',
      'pkt-dstaddr': '10.20.1.15',
      'traffic-path': '-',
    })
    expect(event.src_endpoint).toEqual({ ip: '10.20.2.40', port: 50432 })
    expect(event.dst_endpoint).toEqual({ ip: '10.20.1.15', port: 22, ...WORKLOAD })
    expect(event).toMatchObject({ observation_point_id: 2, observation_point: 'Destination' })
    expect(event.connection_info).toMatchObject({ direction_id: 1, direction: 'Inbound' })
    expect(event.connection_info?.boundary_id).toBeUndefined()
  })

  it('is only the observation point when the format has no flow-direction', async () => {
    const event = await ingestOne({ 'flow-direction': '-', 'traffic-path': '-' })
    expect(event.src_endpoint).toEqual({ ip: '10.20.1.15', port: 50432 })
    expect(event.dst_endpoint).toEqual({ ip: '10.20.2.40', port: 22 })
    expect(event.network_observation_point).toEqual(WORKLOAD)
    expect(event).toMatchObject({ observation_point_id: 0, observation_point: 'Unknown' })
    expect(event.connection_info).toMatchObject({ direction_id: 0, direction: 'Unknown' })
  })

  it('stays off an endpoint whose address was translated (NAT gateway, EKS pod)', async () => {
    const event = await ingestOne({ srcaddr: '10.20.1.15', 'pkt-srcaddr': '10.20.1.99' })
    expect(event.src_endpoint).toEqual({ ip: '10.20.1.99', intermediate_ips: ['10.20.1.15'], port: 50432 })
    expect(event.network_observation_point).toEqual({ ip: '10.20.1.15', ...WORKLOAD })
  })
})

describe('connection, traffic, times and cloud', () => {
  it('maps the protocol, flags, IP version, boundary, traffic and times', async () => {
    const event = await ingestOne()
    expect(event.connection_info).toEqual({
      direction_id: 2,
      direction: 'Outbound',
      boundary_id: 4,
      boundary: 'Same VPC',
      protocol_num: 6,
      protocol_name: 'tcp',
      protocol_ver_id: 4,
      protocol_ver: 'Internet Protocol version 4 (IPv4)',
      tcp_flags: 2,
    })
    expect(event.traffic).toEqual({ bytes: 3120, packets: 12 })
    expect(event).toMatchObject({
      time: 1_767_225_600_000,
      start_time: 1_767_225_600_000,
      end_time: 1_767_225_660_000,
      duration: 60_000,
      is_src_dst_assignment_known: false,
    })
    expect(event.cloud).toEqual({
      provider: 'AWS',
      account: { uid: '111122223333', type_id: 10, type: 'AWS Account' },
      region: 'eu-west-1',
      zone: 'euw1-az2',
    })
    expect(event.metadata).toMatchObject({
      log_provider: 'Amazon VPC Flow Logs',
      log_version: '5',
      original_time: '1767225600',
      log_source: 'flows.log',
      sequence: 2,
    })
    expect(event.message).toBe('ACCEPT tcp 10.20.1.15:50432 -> 10.20.2.40:22 on eni-0a1b2c3d4e5f60718')
  })

  it.each([
    ['1', 4, 'Same VPC'],
    ['2', 5, 'Internet/VPC Gateway'],
    ['3', 6, 'Virtual Private Gateway'],
    ['4', 7, 'Intra-region VPC'],
    ['5', 8, 'Inter-region VPC'],
    ['6', 9, 'Local Gateway'],
    ['7', 10, 'Gateway VPC'],
    ['8', 11, 'Internet Gateway'],
  ])('traffic-path %s is boundary %i', async (path, boundaryId, boundary) => {
    const event = await ingestOne({ 'traffic-path': path })
    expect(event.connection_info).toMatchObject({ boundary_id: boundaryId, boundary })
  })

  it('names AWS services and keeps protocol numbers it has no name for', async () => {
    const event = await ingestOne({
      dstaddr: '52.95.128.179',
      'pkt-dstaddr': '52.95.128.179',
      'pkt-dst-aws-service': 'S3',
      protocol: '253',
      type: 'EFA',
    })
    expect(event.dst_endpoint).toEqual({ ip: '52.95.128.179', port: 22, svc_name: 'S3' })
    expect(event.connection_info).toMatchObject({
      protocol_num: 253,
      protocol_ver_id: 99,
      protocol_ver: 'EFA',
    })
    expect(event.connection_info?.protocol_name).toBeUndefined()
    expect(event.message).toBe(
      'ACCEPT protocol 253 10.20.1.15:50432 -> 52.95.128.179:22 on eni-0a1b2c3d4e5f60718',
    )
  })

  it('brackets IPv6 addresses in the message', async () => {
    const event = await ingestOne({
      srcaddr: '2001:db8:1234:a100::15',
      'pkt-srcaddr': '2001:db8:1234:a100::15',
      type: 'IPv6',
    })
    expect(event.message).toContain('[2001:db8:1234:a100::15]:50432 ->')
    expect(event.connection_info).toMatchObject({ protocol_ver_id: 6 })
  })

  it('keeps sublocations and unreadable values in unmapped', async () => {
    const event = await ingestOne({
      'sublocation-type': 'outpost',
      'sublocation-id': 'op-0123',
      dstport: '99999',
    })
    expect(event.unmapped).toEqual({
      'sublocation-type': 'outpost',
      'sublocation-id': 'op-0123',
      unreadable: { dstport: '99999' },
    })
    expect(event.dst_endpoint).toEqual({ ip: '10.20.2.40' })
  })

  it('leaves out an account AWS writes as unknown', async () => {
    const event = await ingestOne({ 'account-id': 'unknown' })
    expect(event.cloud).toEqual({ provider: 'AWS', region: 'eu-west-1', zone: 'euw1-az2' })
  })
})

/**
 * Maps one flow log record to OCSF Network Activity (4001) with the cloud and security_control profiles.
 *
 * Endpoints carry the packet-level addresses (pkt-srcaddr and pkt-dstaddr when the format has them, else
 * srcaddr and dstaddr); where the interface-level address differs (a NAT gateway, an EKS pod behind its
 * node's interface) it is kept in `intermediate_ips`. The interface that logged the record (its id, its
 * instance, VPC and subnet) is `network_observation_point`, always; with flow-direction the same ids are
 * also on the endpoint the interface is, the source of egress and the destination of ingress traffic,
 * unless the address there was translated.
 */
import { type EventTime, provenanceMetadata } from '#shared/ingest/index.ts'
import type { Location } from '#shared/io/index.ts'
import { compact, compactOrOmit } from '#shared/json/index.ts'
import {
  ACCOUNT_TYPES,
  buildMetadata,
  type Cloud,
  classification,
  NETWORK_ACTIVITY,
  type NetworkActivity,
  type NetworkEndpoint,
  severity,
} from '#shared/ocsf/index.ts'
import type { FlowEnvelope } from './flow-record.ts'
import type { FlowValues } from './flow-values.ts'
import { PROTOCOL_NAMES } from './mappings/protocols.ts'
import {
  ACTIONS,
  FLOW_DIRECTIONS,
  TRAFFIC_PATHS,
  TRAFFIC_TYPES,
  UNKNOWN_DIRECTION,
} from './mappings/traffic.ts'

export const SKILL_NAME = 'ingest-vpc-flow-logs-ocsf'

const LOG_PROVIDER = 'Amazon VPC Flow Logs'

interface Workload {
  readonly interface_uid?: string
  readonly instance_uid?: string
  readonly vpc_uid?: string
  readonly subnet_uid?: string
}

function workloadOf(flow: FlowValues): Workload | undefined {
  return compactOrOmit({
    interface_uid: flow.interfaceId,
    instance_uid: flow.instanceId,
    vpc_uid: flow.vpcId,
    subnet_uid: flow.subnetId,
  })
}

/** What OCSF accepts as naming an endpoint, of what a flow log gives: a port, VPC or subnet alone does not. */
function isIdentified(endpoint: NetworkEndpoint): boolean {
  return (
    endpoint.ip !== undefined ||
    endpoint.svc_name !== undefined ||
    endpoint.interface_uid !== undefined ||
    endpoint.instance_uid !== undefined
  )
}

/** One side of the flow; undefined when nothing identifies it. */
function endpointOf(
  packetAddress: string | undefined,
  interfaceAddress: string | undefined,
  port: number | undefined,
  awsService: string | undefined,
  workload: Workload | undefined,
): NetworkEndpoint | undefined {
  const translated =
    packetAddress !== undefined && interfaceAddress !== undefined && packetAddress !== interfaceAddress
  // A translated address belongs to another host than the interface, so the interface's ids stay off it.
  const onInterface = translated ? undefined : workload
  const endpoint = compact({
    ip: packetAddress ?? interfaceAddress,
    intermediate_ips: translated ? [interfaceAddress] : undefined,
    port,
    svc_name: awsService,
    ...onInterface,
  })
  return isIdentified(endpoint) ? endpoint : undefined
}

/** The interface's own address: srcaddr of egress and dstaddr of ingress traffic are always the interface's. */
function interfaceAddressOf(flow: FlowValues): string | undefined {
  if (flow.flowDirection === 'egress') return flow.srcaddr
  if (flow.flowDirection === 'ingress') return flow.dstaddr
  return undefined
}

/** The two endpoints and the interface that logged the flow. */
export function endpointsOf(flow: FlowValues) {
  const workload = workloadOf(flow)
  const sourceWorkload = flow.flowDirection === 'egress' ? workload : undefined
  const destinationWorkload = flow.flowDirection === 'ingress' ? workload : undefined
  const observationPoint = compact({ ip: interfaceAddressOf(flow), ...workload })
  return {
    src: endpointOf(flow.pktSrcaddr, flow.srcaddr, flow.srcport, flow.pktSrcAwsService, sourceWorkload),
    dst: endpointOf(flow.pktDstaddr, flow.dstaddr, flow.dstport, flow.pktDstAwsService, destinationWorkload),
    observationPoint: isIdentified(observationPoint) ? observationPoint : undefined,
  }
}

function cloudOf(flow: FlowValues): Cloud {
  return compact({
    provider: 'AWS',
    account: flow.accountId === undefined ? undefined : { uid: flow.accountId, ...ACCOUNT_TYPES.awsAccount },
    region: flow.region,
    zone: flow.azId,
  })
}

function connectionInfoOf(flow: FlowValues) {
  const direction = flow.flowDirection === undefined ? UNKNOWN_DIRECTION : FLOW_DIRECTIONS[flow.flowDirection]
  return compact({
    direction_id: direction.direction_id,
    direction: direction.direction,
    ...(flow.trafficPath === undefined ? undefined : TRAFFIC_PATHS[flow.trafficPath]),
    protocol_num: flow.protocol,
    protocol_name: flow.protocol === undefined ? undefined : PROTOCOL_NAMES[flow.protocol],
    ...(flow.type === undefined ? undefined : TRAFFIC_TYPES[flow.type]),
    tcp_flags: flow.tcpFlags,
  })
}

function hostPort(endpoint: NetworkEndpoint | undefined): string {
  const host = endpoint?.ip ?? endpoint?.svc_name ?? endpoint?.interface_uid ?? 'unknown'
  if (endpoint?.port === undefined) return host
  return host.includes(':') ? `[${host}]:${endpoint.port}` : `${host}:${endpoint.port}`
}

function messageOf(
  flow: FlowValues,
  src: NetworkEndpoint | undefined,
  dst: NetworkEndpoint | undefined,
): string {
  const protocol =
    flow.protocol === undefined ? '' : ` ${PROTOCOL_NAMES[flow.protocol] ?? `protocol ${flow.protocol}`}`
  const via = flow.interfaceId === undefined ? '' : ` on ${flow.interfaceId}`
  return `${flow.action ?? 'flow'}${protocol} ${hostPort(src)} -> ${hostPort(dst)}${via}`
}

function durationOf(flow: FlowValues): number | undefined {
  if (flow.start === undefined || flow.end === undefined || flow.end < flow.start) return undefined
  return flow.end - flow.start
}

export interface MappingContext {
  readonly location: Location
  readonly eventTime: EventTime
  readonly eventUid: string
  readonly envelope: FlowEnvelope
}

export function toNetworkActivity(flow: FlowValues, context: MappingContext): NetworkActivity {
  const { src, dst, observationPoint } = endpointsOf(flow)
  const action = ACTIONS[flow.action ?? 'unknown']
  const direction = flow.flowDirection === undefined ? UNKNOWN_DIRECTION : FLOW_DIRECTIONS[flow.flowDirection]
  const unreadable = Object.keys(flow.unreadable).length > 0 ? flow.unreadable : undefined
  return compact({
    ...classification(NETWORK_ACTIVITY, action.activityId),
    ...severity('informational'),
    time: context.eventTime.time,
    start_time: flow.start,
    end_time: flow.end,
    duration: durationOf(flow),
    message: messageOf(flow, src, dst),
    ...action.action,
    ...action.disposition,
    metadata: buildMetadata(SKILL_NAME, {
      uid: context.eventUid,
      profiles: ['cloud', 'security_control'],
      ...provenanceMetadata({
        originalEventUid: context.envelope.eventId,
        location: context.location,
        eventTime: context.eventTime,
        logProvider: LOG_PROVIDER,
      }),
      log_name: context.envelope.logGroup,
      log_version: flow.version,
    }),
    src_endpoint: src,
    dst_endpoint: dst,
    // Each record is one direction of a conversation: src and dst are the packets', not the initiator's.
    is_src_dst_assignment_known: false,
    network_observation_point: observationPoint,
    observation_point_id: observationPoint === undefined ? undefined : direction.observation_point_id,
    observation_point: observationPoint === undefined ? undefined : direction.observation_point,
    connection_info: connectionInfoOf(flow),
    traffic: compactOrOmit({ bytes: flow.bytes, packets: flow.packets }),
    cloud: cloudOf(flow),
    unmapped: compactOrOmit({ ...flow.kept, unreadable }),
  })
}

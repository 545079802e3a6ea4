/**
 * What the flow log says about how traffic was handled, as OCSF Network Activity values.
 *
 * - `action`: the security groups and network ACLs let the traffic through (ACCEPT) or dropped it
 *   (REJECT). An accepted flow is Traffic (6) with action Allowed and disposition Allowed; a rejected
 *   one is Refuse (5) with action Denied and disposition Blocked. action_id and disposition_id belong to
 *   the security_control profile, which every event lists because security groups and network ACLs are
 *   security controls. A format without `action` gives Traffic with action and disposition Unknown.
 * - `flow-direction`: the direction relative to the interface that logged the record: ingress is
 *   Inbound (1), egress Outbound (2); the interface is then the destination or the source.
 * - `traffic-path` (egress only): the OCSF boundary values 4 to 11 were written for exactly these eight
 *   paths, in the same order.
 * - `type`: the IP version of the traffic; EFA (Elastic Fabric Adapter) traffic is not IP, so Other.
 */

export interface ActionValues {
  readonly activityId: 5 | 6
  readonly action: { action_id: 0 | 1 | 2; action: string }
  readonly disposition: { disposition_id: 0 | 1 | 2; disposition: string }
}

export const ACTIONS: Readonly<Record<'ACCEPT' | 'REJECT' | 'unknown', ActionValues>> = {
  ACCEPT: {
    activityId: 6,
    action: { action_id: 1, action: 'Allowed' },
    disposition: { disposition_id: 1, disposition: 'Allowed' },
  },
  REJECT: {
    activityId: 5,
    action: { action_id: 2, action: 'Denied' },
    disposition: { disposition_id: 2, disposition: 'Blocked' },
  },
  unknown: {
    activityId: 6,
    action: { action_id: 0, action: 'Unknown' },
    disposition: { disposition_id: 0, disposition: 'Unknown' },
  },
}

export const FLOW_DIRECTIONS = {
  ingress: {
    direction_id: 1,
    direction: 'Inbound',
    observation_point_id: 2,
    observation_point: 'Destination',
  },
  egress: { direction_id: 2, direction: 'Outbound', observation_point_id: 1, observation_point: 'Source' },
} as const

export type FlowDirection = keyof typeof FLOW_DIRECTIONS

export const UNKNOWN_DIRECTION = {
  direction_id: 0,
  direction: 'Unknown',
  observation_point_id: 0,
  observation_point: 'Unknown',
} as const

/** traffic-path value to connection_info.boundary_id and its caption. */
export const TRAFFIC_PATHS: Readonly<
  Record<number, { boundary_id: 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11; boundary: string }>
> = {
  1: { boundary_id: 4, boundary: 'Same VPC' },
  2: { boundary_id: 5, boundary: 'Internet/VPC Gateway' },
  3: { boundary_id: 6, boundary: 'Virtual Private Gateway' },
  4: { boundary_id: 7, boundary: 'Intra-region VPC' },
  5: { boundary_id: 8, boundary: 'Inter-region VPC' },
  6: { boundary_id: 9, boundary: 'Local Gateway' },
  7: { boundary_id: 10, boundary: 'Gateway VPC' },
  8: { boundary_id: 11, boundary: 'Internet Gateway' },
}

/** The flow log `type` field to connection_info.protocol_ver_id and its caption. */
export const TRAFFIC_TYPES: Readonly<Record<string, { protocol_ver_id: 4 | 6 | 99; protocol_ver: string }>> =
  {
    IPv4: { protocol_ver_id: 4, protocol_ver: 'Internet Protocol version 4 (IPv4)' },
    IPv6: { protocol_ver_id: 6, protocol_ver: 'Internet Protocol version 6 (IPv6)' },
    EFA: { protocol_ver_id: 99, protocol_ver: 'EFA' },
  }

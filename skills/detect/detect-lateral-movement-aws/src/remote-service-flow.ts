/**
 * An accepted east-west connection to a remote-service port, as the detector reads it from Network
 * Activity: the workload that opened it, where to, and the capture window it was seen in.
 *
 * The source of a record to a service port is the client whichever interface logged it, so records
 * of the default format, which say nothing of direction, are read the same way; the answers of the
 * service go to an ephemeral port and never qualify.
 */
import { asInt, asString, path } from '#shared/json/index.ts'
import { NETWORK_ACTIVITY, type OcsfEvent } from '#shared/ocsf/index.ts'
import type { LateralMovementConfig } from './config.ts'
import { eventUidOf, type Ordered } from './event-order.ts'
import type { RemoteService } from './mappings/remote-service-ports.ts'
import type { Workload } from './workload.ts'

const ALLOWED = 1
const TCP = 6

/**
 * traffic-path values that say the destination is inside the VPC or a peered one whatever its address:
 * 4 Same VPC, 7 Intra-region VPC peering, 8 Inter-region VPC peering (connection_info.boundary_id).
 */
const INTERNAL_BOUNDARIES: ReadonlySet<number> = new Set([4, 7, 8])

export interface RemoteServiceFlow extends Ordered {
  readonly event: OcsfEvent
  /** The instance when the record puts it on the source (custom formats with flow-direction), and the source address. */
  readonly source: Workload & { readonly address: string }
  readonly destination: string
  readonly port: number
  readonly service: RemoteService
  /** The capture window: `time` is its start. */
  readonly end: number
}

function isInternalDestination(event: OcsfEvent, address: string, config: LateralMovementConfig): boolean {
  if (config.internal.has(address)) return true
  const boundary = asInt(path(event, 'connection_info', 'boundary_id'))
  return boundary !== undefined && INTERNAL_BOUNDARIES.has(boundary)
}

export function remoteServiceFlowOf(
  event: OcsfEvent,
  config: LateralMovementConfig,
): RemoteServiceFlow | undefined {
  if (event.class_uid !== NETWORK_ACTIVITY.uid) return undefined
  // Rejected traffic reached nothing; a format without `action` cannot say it was accepted.
  if (asInt(event.action_id) !== ALLOWED) return undefined
  const port = asInt(path(event, 'dst_endpoint', 'port'))
  const service = port === undefined ? undefined : config.ports.get(port)
  if (port === undefined || service === undefined) return undefined
  const protocol = asInt(path(event, 'connection_info', 'protocol_num'))
  if (protocol !== undefined && protocol !== TCP) return undefined
  const sourceAddress = asString(path(event, 'src_endpoint', 'ip'))
  const destination = asString(path(event, 'dst_endpoint', 'ip'))
  if (sourceAddress === undefined || destination === undefined || sourceAddress === destination)
    return undefined
  // A source outside the private ranges is traffic coming in, not a workload moving sideways.
  if (!config.internal.has(sourceAddress)) return undefined
  if (!isInternalDestination(event, destination, config)) return undefined
  const start = asInt(event.start_time) ?? event.time
  const end = asInt(event.end_time) ?? start
  const instance = asString(path(event, 'src_endpoint', 'instance_uid'))
  return {
    event,
    uid: eventUidOf(event),
    time: start,
    end: Math.max(end, start),
    source: { instance, address: sourceAddress },
    destination,
    port,
    service,
  }
}

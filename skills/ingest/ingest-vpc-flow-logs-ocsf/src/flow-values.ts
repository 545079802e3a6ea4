/**
 * Typed values of a flow log record. A value that does not read as its field's type (an address that is
 * not an IP, a port out of range, an unknown action) is set aside with its raw text, never guessed at,
 * so the event keeps it in `unmapped.unreadable` instead of losing it or emitting it in the wrong type.
 */
import { isIP } from 'node:net'
import { asInt } from '#shared/json/index.ts'
import { parseEventTime } from '#shared/ocsf/index.ts'
import type { FlowFields } from './flow-record.ts'
import { MAPPED_FIELDS, type MappedField } from './mappings/fields.ts'
import type { FlowDirection } from './mappings/traffic.ts'

export interface FlowValues {
  readonly version?: string
  readonly accountId?: string
  readonly interfaceId?: string
  readonly srcaddr?: string
  readonly dstaddr?: string
  readonly srcport?: number
  readonly dstport?: number
  readonly protocol?: number
  readonly packets?: number
  readonly bytes?: number
  readonly start?: number
  readonly end?: number
  readonly action?: 'ACCEPT' | 'REJECT'
  readonly logStatus?: 'OK' | 'NODATA' | 'SKIPDATA'
  readonly vpcId?: string
  readonly subnetId?: string
  readonly instanceId?: string
  readonly tcpFlags?: number
  readonly type?: 'IPv4' | 'IPv6' | 'EFA'
  readonly pktSrcaddr?: string
  readonly pktDstaddr?: string
  readonly region?: string
  readonly azId?: string
  readonly pktSrcAwsService?: string
  readonly pktDstAwsService?: string
  readonly flowDirection?: FlowDirection
  readonly trafficPath?: number
  /** Fields kept as logged: sublocation, later versions' fields, and any field of unknown name. */
  readonly kept: Readonly<Record<string, string>>
  /** Values that did not read as their field's type, as logged. */
  readonly unreadable: Readonly<Record<string, string>>
}

type Reader = (text: string) => unknown

function ip(text: string): string | undefined {
  return isIP(text) !== 0 ? text : undefined
}

function integerIn(min: number, max: number): Reader {
  return (text) => {
    const value = asInt(text)
    return value !== undefined && value >= min && value <= max ? value : undefined
  }
}

function oneOf(...values: readonly string[]): Reader {
  return (text) => (values.includes(text) ? text : undefined)
}

function text(value: string): string {
  return value
}

/** AWS writes "unknown" for interfaces an AWS service created: no account (null), not an unreadable value. */
function accountId(value: string): string | null | undefined {
  if (value === 'unknown') return null
  return /^\d{12}$/.test(value) ? value : undefined
}

const port = integerIn(0, 65_535)
const count = integerIn(0, Number.MAX_SAFE_INTEGER)

/** How each mapped field reads, and the FlowValues member it fills; sublocation is kept as logged. */
const READERS: Readonly<Partial<Record<MappedField, readonly [keyof FlowValues, Reader]>>> = {
  version: ['version', text],
  'account-id': ['accountId', accountId],
  'interface-id': ['interfaceId', text],
  srcaddr: ['srcaddr', ip],
  dstaddr: ['dstaddr', ip],
  srcport: ['srcport', port],
  dstport: ['dstport', port],
  protocol: ['protocol', integerIn(0, 255)],
  packets: ['packets', count],
  bytes: ['bytes', count],
  start: ['start', parseEventTime],
  end: ['end', parseEventTime],
  action: ['action', oneOf('ACCEPT', 'REJECT')],
  'log-status': ['logStatus', oneOf('OK', 'NODATA', 'SKIPDATA')],
  'vpc-id': ['vpcId', text],
  'subnet-id': ['subnetId', text],
  'instance-id': ['instanceId', text],
  'tcp-flags': ['tcpFlags', integerIn(0, 65_535)],
  type: ['type', oneOf('IPv4', 'IPv6', 'EFA')],
  'pkt-srcaddr': ['pktSrcaddr', ip],
  'pkt-dstaddr': ['pktDstaddr', ip],
  region: ['region', text],
  'az-id': ['azId', text],
  'pkt-src-aws-service': ['pktSrcAwsService', text],
  'pkt-dst-aws-service': ['pktDstAwsService', text],
  'flow-direction': ['flowDirection', oneOf('ingress', 'egress')],
  'traffic-path': ['trafficPath', integerIn(1, 8)],
}

const MAPPED: ReadonlySet<string> = new Set(MAPPED_FIELDS)

export function readFlowValues(fields: FlowFields): FlowValues {
  const values: Record<string, unknown> = {}
  const kept: Record<string, string> = {}
  const unreadable: Record<string, string> = {}
  for (const name of Object.keys(fields)) {
    const raw = fields[name] as string
    const reader = MAPPED.has(name) ? READERS[name as MappedField] : undefined
    if (reader === undefined) {
      kept[name] = raw
      continue
    }
    const [member, read] = reader
    const value = read(raw)
    if (value === undefined) unreadable[name] = raw
    else if (value !== null) values[member] = value
  }
  return { ...values, kept, unreadable } as FlowValues
}

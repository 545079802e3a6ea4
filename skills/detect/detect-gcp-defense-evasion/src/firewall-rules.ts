/**
 * VPC firewall rules as compute.firewalls requests carry them: direction, source ranges and the allowed
 * protocols and ports. Audit logs render repeated fields with a plural name (`alloweds`), the REST API
 * with the field's own (`allowed`); both are read.
 */
import { asArray, asBoolean, asObject, asString, asStrings, type JsonObject } from '#shared/json/index.ts'

/** Source ranges that cover every address. */
const INTERNET_RANGES: ReadonlySet<string> = new Set(['0.0.0.0/0', '::/0'])

/** Remote administration: SSH and RDP. */
export const ADMIN_PORTS: readonly number[] = [22, 3389]

/** Protocols that carry SSH or RDP: by name or IANA number (6 TCP, 17 UDP, which RDP also uses). */
const ADMIN_PROTOCOLS: ReadonlySet<string> = new Set(['tcp', 'udp', 'all', '6', '17'])

export interface InternetOpening {
  /** The admin ports reachable from the internet, or `all` when every port is. */
  readonly ports: readonly string[]
  readonly everyPort: boolean
  readonly sourceRanges: readonly string[]
}

function coversPort(range: string, port: number): boolean {
  const [low, high] = range.split('-')
  const from = Number(low)
  const to = high === undefined ? from : Number(high)
  return Number.isInteger(from) && Number.isInteger(to) && from <= port && port <= to
}

/** What an INGRESS allow rule opens to the internet among the admin ports; undefined when nothing. */
export function internetOpeningOf(request: JsonObject | undefined): InternetOpening | undefined {
  if (request === undefined || asBoolean(request.disabled) === true) return undefined
  const direction = asString(request.direction) ?? 'INGRESS'
  if (direction !== 'INGRESS') return undefined
  const sourceRanges = asStrings(request.sourceRanges).filter((range) => INTERNET_RANGES.has(range))
  if (sourceRanges.length === 0) return undefined
  const open = new Set<string>()
  let everyPort = false
  for (const item of asArray(request.alloweds) ?? asArray(request.allowed) ?? []) {
    const allowed = asObject(item)
    const protocol = (asString(allowed?.IPProtocol) ?? asString(allowed?.ipProtocol) ?? '').toLowerCase()
    if (!ADMIN_PROTOCOLS.has(protocol)) continue
    const ports = asStrings(allowed?.ports)
    // No ports means every port of the protocol.
    if (ports.length === 0) {
      everyPort = true
      continue
    }
    for (const port of ADMIN_PORTS) {
      if (ports.some((range) => coversPort(range, port))) open.add(String(port))
    }
  }
  if (!everyPort && open.size === 0) return undefined
  return { ports: everyPort ? ['all'] : [...open], everyPort, sourceRanges }
}

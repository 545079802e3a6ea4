/** Which remote administration ports an ingress rule opens to the whole internet. */
import type { IpPermission } from './snapshot.ts'

/** SSH and RDP, the ports the benchmark names. */
const ADMIN_PORTS = [22, 3389]
/** TCP and UDP by name or number, as the API may give either; "-1" is every protocol, and so every port. */
const PORT_PROTOCOLS: Readonly<Record<string, string>> = { tcp: 'tcp', '6': 'tcp', udp: 'udp', '17': 'udp' }
const ALL_PROTOCOLS = '-1'

export const ANY_IPV4 = '0.0.0.0/0'
export const ANY_IPV6 = '::/0'

/** Each opening as words ("port 22/tcp", "all ports"), empty when the rule does not admit `anywhere`. */
export function adminPortsOpen(
  permission: IpPermission,
  anywhere: string,
  ranges: readonly string[],
): string[] {
  if (!ranges.includes(anywhere)) return []
  if (permission.ipProtocol === ALL_PROTOCOLS) return ['all ports (every protocol)']
  const protocol = PORT_PROTOCOLS[permission.ipProtocol]
  if (protocol === undefined) return []
  const from = permission.fromPort ?? 0
  const to = permission.toPort ?? 65535
  if (from <= 0 && to >= 65535) return [`all ports/${protocol}`]
  return ADMIN_PORTS.filter((port) => from <= port && port <= to).map((port) => `port ${port}/${protocol}`)
}

/** The shared body of 3.6 (SSH) and 3.7 (RDP): one outcome per firewall rule, failing when it opens the port to the internet. */
import { type ControlOutcome, orNotApplicable } from '#shared/posture/index.ts'
import type { FirewallRule, GcpSnapshotData } from './snapshot.ts'
import { firewallResource, projectCloud, projectResource } from './subject.ts'

/** The whole IPv4 internet, and the whole IPv6 internet, which the benchmark says to treat alike. */
const ANYWHERE = new Set(['0.0.0.0/0', '::/0'])

/** TCP by name or number, and "all" (every protocol): what carries SSH and RDP. */
const TCP_PROTOCOLS = new Set(['tcp', '6', 'all'])

/** Whether a rule's port list ("22", "20-30", or none, meaning every port) includes the port. */
export function portsInclude(ports: readonly string[], port: number): boolean {
  if (ports.length === 0) return true
  return ports.some((entry) => {
    const [from, to] = entry.split('-').map(Number)
    if (from === undefined || Number.isNaN(from)) return false
    return to === undefined ? from === port : from <= port && port <= to
  })
}

/** Why the rule admits the internet to the port, or undefined when it does not. */
export function internetOpening(rule: FirewallRule, port: number): string | undefined {
  if (rule.direction !== 'INGRESS' || rule.disabled) return undefined
  const open = rule.sourceRanges.filter((range) => ANYWHERE.has(range))
  if (open.length === 0) return undefined
  for (const allowed of rule.allowed) {
    if (!TCP_PROTOCOLS.has(allowed.IPProtocol.toLowerCase())) continue
    if (!portsInclude(allowed.ports, port)) continue
    const what =
      allowed.IPProtocol.toLowerCase() === 'all'
        ? 'every protocol and port'
        : `${allowed.IPProtocol} ${allowed.ports.length === 0 ? 'every port' : allowed.ports.join(',')}`
    return `allows ${open.join(' and ')} to ${what}`
  }
  return undefined
}

export function openPortOutcomes(data: GcpSnapshotData, port: number, service: string): ControlOutcome[] {
  const cloud = projectCloud(data)
  const outcomes = data.firewalls.map((rule): ControlOutcome => {
    const resource = firewallResource(data, rule)
    const opening = internetOpening(rule, port)
    if (opening !== undefined)
      return {
        status: 'fail',
        detail: `Firewall rule ${rule.name} (network ${rule.network}) ${opening}: ${service} from the internet.`,
        resource,
        cloud,
      }
    const why = rule.disabled ? ' (the rule is disabled)' : ''
    return {
      status: 'pass',
      detail: `Firewall rule ${rule.name} (network ${rule.network}) does not admit the internet to port ${port}${why}.`,
      resource,
      cloud,
    }
  })
  return orNotApplicable(outcomes, projectResource(data), cloud, 'The project has no firewall rules.')
}

/** The shared body of 6.1 (RDP) and 6.2 (SSH): one outcome per network security group, failing on a rule open to the internet. */
import { type ControlOutcome, orNotApplicable } from '#shared/posture/index.ts'
import type { AzureSnapshotData, SecurityRule } from './snapshot.ts'
import { armResource, subscriptionCloud, subscriptionResource } from './subject.ts'

export const NSG_TYPE = 'Microsoft.Network/networkSecurityGroups'

/** The benchmark's list of sources meaning the internet: "*", 0.0.0.0, any /0, the Internet tag, "any". */
export function isInternetSource(prefix: string): boolean {
  const lower = prefix.trim().toLowerCase()
  return (
    lower === '*' || lower === '0.0.0.0' || lower.endsWith('/0') || lower === 'internet' || lower === 'any'
  )
}

/** Whether a destination port entry ("22", "20-30", "*") includes the port. */
export function portRangeIncludes(range: string, port: number): boolean {
  if (range.trim() === '*') return true
  const [from, to] = range.split('-').map(Number)
  if (from === undefined || Number.isNaN(from)) return false
  return to === undefined ? from === port : from <= port && port <= to
}

/** TCP or any protocol: what carries SSH and RDP, as the benchmark's audit says. */
function carriesTcp(rule: SecurityRule): boolean {
  return rule.protocol === '*' || rule.protocol.toLowerCase() === 'tcp'
}

export function opensToInternet(rule: SecurityRule, port: number): boolean {
  return (
    rule.direction === 'Inbound' &&
    rule.access === 'Allow' &&
    carriesTcp(rule) &&
    rule.sourceAddressPrefixes.some(isInternetSource) &&
    rule.destinationPortRanges.some((range) => portRangeIncludes(range, port))
  )
}

export function openPortOutcomes(data: AzureSnapshotData, port: number, service: string): ControlOutcome[] {
  const outcomes = data.networkSecurityGroups.map((group): ControlOutcome => {
    const resource = armResource(group, NSG_TYPE)
    const cloud = subscriptionCloud(data, group.location)
    const open = group.securityRules.filter((rule) => opensToInternet(rule, port))
    if (open.length > 0) {
      const rules = open
        .map(
          (rule) =>
            `${rule.name} (priority ${rule.priority}, from ${rule.sourceAddressPrefixes.join(',')} to ${rule.destinationPortRanges.join(',')})`,
        )
        .join('; ')
      return {
        status: 'fail',
        detail: `${group.name} allows ${service} from the internet: ${rules}.`,
        resource,
        cloud,
      }
    }
    return {
      status: 'pass',
      detail: `${group.name} has no inbound rule allowing the internet to port ${port}.`,
      resource,
      cloud,
    }
  })
  return orNotApplicable(
    outcomes,
    subscriptionResource(data),
    subscriptionCloud(data),
    'The subscription has no network security groups.',
  )
}

/**
 * A network security group rule written to allow SSH, RDP or every port inbound from the internet
 * (`*`, `Any`, `Internet`, 0.0.0.0/0), as a security rule of its own or inline in the group.
 */
import type { CorrelationRule, Detection } from '#shared/detect/index.ts'
import { azureCallOf } from '../azure-call.ts'
import type { ControlPlaneConfig } from '../config.ts'
import { OperationJoin } from '../operation-join.ts'
import { type OpenRule, openRulesOf } from '../security-rules.ts'

const SECURITY_RULE_WRITE = 'microsoft.network/networksecuritygroups/securityrules/write'
/** A group written whole restates its rules inline (templates and Terraform write NSGs this way). */
const GROUP_WRITE = 'microsoft.network/networksecuritygroups/write'

function describeRule(rule: OpenRule): string {
  const ports = rule.ports.includes('*') ? 'every port' : `port ${rule.ports.join(', ')}`
  return `${rule.name} (${ports} from ${rule.source})`
}

export const azureNsgOpenedToInternet: CorrelationRule<ControlPlaneConfig> = {
  id: 'azure-nsg-opened-to-internet',
  title: 'Network security group opens admin ports to the internet',
  severity: 'high',
  attacks: ['T1562.007'],
  classUids: [6003],
  rationale:
    'SSH and RDP reachable from anywhere expose the virtual machines behind the group to password spraying and exploitation; attackers open them to come back in directly, around Bastion or just-in-time access.',
  reference: 'https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview',
  runbook:
    '1. Who wrote the rule, and which subnets or network interfaces use the group? 2. Remove the rule, or restrict its source to known ranges; prefer Azure Bastion or just-in-time VM access. 3. Look for sign-ins to the machines behind it since the change.',
  falsePositives: [
    'lab and test subscriptions',
    'a group written whole by a template restates a rule that was already there (reported with medium confidence)',
  ],
  correlator() {
    const join = new OperationJoin()
    return {
      observe(event): Detection[] {
        const call = azureCallOf(event)
        if (call === undefined || (call.operation !== SECURITY_RULE_WRITE && call.operation !== GROUP_WRITE))
          return []
        const write = join.observe(event, call)
        if (write === undefined) return []
        const open = new Map<string, OpenRule>()
        for (const body of write.bodies) {
          for (const rule of openRulesOf(body, call.resourceName ?? '?')) open.set(rule.name, rule)
        }
        if (open.size === 0) return []
        const rules = [...open.values()]
        const everyPort = rules.some((rule) => rule.ports.includes('*'))
        const opened = rules.map(describeRule).join(', ')
        return [
          {
            key: [call.callerKey, call.resourceId ?? '?', opened],
            severity: everyPort ? 'critical' : 'high',
            confidence: call.operation === GROUP_WRITE ? 'medium' : 'high',
            desc: `${call.callerName} allowed inbound traffic from the internet in ${call.resourceId ?? 'a network security group'}: ${opened}.`,
            events: write.events,
          },
        ]
      },
    }
  },
}

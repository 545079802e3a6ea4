/** A VPC firewall rule created or changed to let the whole internet reach SSH or RDP (or every port). */
import type { EventRule } from '#shared/detect/index.ts'
import { type GcpCall, gcpCallOf } from '#shared/gcp/index.ts'
import { asString } from '#shared/json/index.ts'
import type { OcsfEvent } from '#shared/ocsf/index.ts'
import { type InternetOpening, internetOpeningOf } from '../firewall-rules.ts'

const COMPUTE_SERVICE = 'compute.googleapis.com'
/** insert, patch and update of a VPC firewall rule, in every API version. */
const FIREWALL_WRITE = /^(v1|beta|alpha)\.compute\.firewalls\.(insert|patch|update)$/

function openingOf(event: OcsfEvent): { call: GcpCall; opening: InternetOpening } | undefined {
  const call = gcpCallOf(event)
  if (call?.service !== COMPUTE_SERVICE || !call.succeeded || !FIREWALL_WRITE.test(call.method))
    return undefined
  const opening = internetOpeningOf(call.request)
  return opening === undefined ? undefined : { call, opening }
}

export const gcpFirewallOpenedToInternet: EventRule<undefined> = {
  id: 'gcp-firewall-opened-to-internet',
  title: 'Firewall rule opens admin ports to the internet',
  severity: 'high',
  attacks: ['T1562.007'],
  classUids: [6003],
  rationale:
    'SSH and RDP reachable from 0.0.0.0/0 expose every instance the rule targets to password spraying and exploitation; attackers open them to come back in directly, bypassing IAP or a bastion.',
  reference: 'https://stratus-red-team.cloud/attack-techniques/GCP/gcp.exfiltration.open-port-22-ingress/',
  runbook:
    '1. Who changed the rule, and which instances does it target (network, target tags, service accounts)? 2. Narrow the source ranges or use IAP TCP forwarding (35.235.240.0/20). 3. Look for logins to the targeted instances since the change.',
  falsePositives: ['short-lived test projects', 'bastion hosts deliberately reachable from anywhere'],
  match(event) {
    return openingOf(event) !== undefined
  },
  describe(event) {
    const found = openingOf(event)
    const caller = found?.call.caller.label ?? 'unknown caller'
    const rule = asString(found?.call.request?.name) ?? found?.call.resource.name ?? '?'
    const ports = found?.opening.everyPort === true ? 'every port' : `port ${found?.opening.ports.join(', ')}`
    const ranges = found?.opening.sourceRanges.join(', ') ?? '0.0.0.0/0'
    return {
      key: [caller, found?.call.resource.uid ?? rule, ports],
      severity: found?.opening.everyPort === true ? 'critical' : 'high',
      desc: `${caller} set firewall rule ${rule} to allow ${ports} from ${ranges}.`,
    }
  },
}

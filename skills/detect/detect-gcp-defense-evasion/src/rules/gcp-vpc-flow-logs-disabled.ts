/** VPC Flow Logs switched off on a subnet: the network's record of who talked to whom. */
import type { EventRule } from '#shared/detect/index.ts'
import { type GcpCall, gcpCallOf } from '#shared/gcp/index.ts'
import { asBoolean, asObject } from '#shared/json/index.ts'
import type { OcsfEvent } from '#shared/ocsf/index.ts'

const COMPUTE_SERVICE = 'compute.googleapis.com'
const SUBNET_WRITE = /^(v1|beta|alpha)\.compute\.subnetworks\.(patch|update)$/

function disablingOf(event: OcsfEvent): GcpCall | undefined {
  const call = gcpCallOf(event)
  if (call?.service !== COMPUTE_SERVICE || !call.succeeded || !SUBNET_WRITE.test(call.method))
    return undefined
  // `enableFlowLogs` is the older switch; `logConfig.enable` the current one.
  const disabled =
    asBoolean(call.request?.enableFlowLogs) === false ||
    asBoolean(asObject(call.request?.logConfig)?.enable) === false
  return disabled ? call : undefined
}

export const gcpVpcFlowLogsDisabled: EventRule<undefined> = {
  id: 'gcp-vpc-flow-logs-disabled',
  title: 'VPC Flow Logs disabled',
  severity: 'medium',
  attacks: ['T1562.008'],
  classUids: [6003],
  rationale:
    'Flow logs are what shows exfiltration and command-and-control traffic from instances in a subnet; switching them off hides the network side of an intrusion.',
  reference: 'https://stratus-red-team.cloud/attack-techniques/GCP/gcp.defense-evasion.remove-vpc-flow-logs/',
  runbook:
    '1. Was the subnet being decommissioned, or flow logs turned off to cut cost? 2. Turn them back on. 3. Review what the same principal did around the change.',
  falsePositives: ['flow logs turned off on development subnets to cut cost'],
  match(event) {
    return disablingOf(event) !== undefined
  },
  describe(event) {
    const call = disablingOf(event)
    const caller = call?.caller.label ?? 'unknown caller'
    const subnet = call?.resource.uid ?? '?'
    return { key: [caller, subnet], desc: `${caller} turned off VPC Flow Logs on ${subnet}.` }
  },
}

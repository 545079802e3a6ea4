/** VPC Flow Logs or Route 53 Resolver query logging removed: the network's record of who talked to whom. */
import { type AwsCall, awsCallOf } from '#shared/aws/index.ts'
import type { EventRule } from '#shared/detect/index.ts'
import type { OcsfEvent } from '#shared/ocsf/index.ts'

const DELETING_CALLS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['ec2.amazonaws.com', new Map([['DeleteFlowLogs', 'deleted VPC flow logs']])],
  [
    'route53resolver.amazonaws.com',
    new Map([
      ['DeleteResolverQueryLogConfig', 'deleted a Route 53 Resolver query logging configuration'],
      ['DisassociateResolverQueryLogConfig', 'detached a VPC from Route 53 Resolver query logging'],
    ]),
  ],
])

function deletionOf(event: OcsfEvent): { call: AwsCall; what: string } | undefined {
  const call = awsCallOf(event)
  if (call === undefined || !call.succeeded) return undefined
  const what = DELETING_CALLS.get(call.service)?.get(call.operation)
  return what === undefined ? undefined : { call, what }
}

export const awsNetworkLogsDeleted: EventRule<undefined> = {
  id: 'aws-network-logs-deleted',
  title: 'Network logging removed',
  severity: 'medium',
  attacks: ['T1562.008'],
  classUids: [6003],
  rationale:
    'Flow logs and DNS query logs are what shows exfiltration and command-and-control traffic; removing them hides the network side of an intrusion.',
  reference: 'https://stratus-red-team.cloud/attack-techniques/AWS/aws.defense-evasion.vpc-remove-flow-logs/',
  runbook:
    '1. Was the VPC or the logging configuration being decommissioned? 2. Recreate the flow log or query logging configuration. 3. Review what the same principal did around the change.',
  falsePositives: ['VPCs torn down by infrastructure-as-code, which remove their flow logs first'],
  match(event) {
    return deletionOf(event) !== undefined
  },
  describe(event) {
    const deletion = deletionOf(event)
    const caller = deletion?.call.caller.name ?? 'unknown caller'
    const targets = (event.resources ?? [])
      .map((resource) => resource.uid ?? resource.name)
      .filter((name) => name !== undefined)
    const target = targets.length > 0 ? ` (${targets.join(', ')})` : ''
    return {
      key: [caller, deletion?.call.operation ?? ''],
      desc: `${caller} ${deletion?.what ?? 'removed network logging'}${target}.`,
    }
  },
}

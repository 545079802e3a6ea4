/** 3.7: flow logs are the only record of traffic in and out of a VPC, for spotting scans and exfiltration. */
import type { ControlOutcome } from '#shared/posture/index.ts'
import { orNotApplicable } from '../outcomes.ts'
import { perRegion } from '../regional.ts'
import { SECTIONS } from '../sections.ts'
import { type AwsControl, accountCloud, accountResource, vpcResource } from '../subject.ts'

/** Rejected traffic is what the benchmark asks for at least; ALL includes it. */
const COVERING_TRAFFIC = new Set(['ALL', 'REJECT'])

export const vpcFlowLogs: AwsControl = {
  id: '3.7',
  title: 'Ensure VPC flow logging is enabled in all VPCs',
  severity: 'medium',
  attacks: ['T1046', 'T1048'],
  requirements: ['NIST CSF 2.0 PR.PS-04', 'NIST CSF 2.0 DE.CM-01', 'SOC 2 CC7.2'],
  remediation:
    'Create a flow log for the VPC capturing at least rejected traffic: aws ec2 create-flow-logs --resource-type VPC --resource-ids <vpc-id> --traffic-type REJECT --log-destination-type cloud-watch-logs --log-group-name <group> --deliver-logs-permission-arn <role-arn>.',
  references: ['https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html'],
  sections: [SECTIONS.regions],
  evaluate({ data }) {
    const outcomes = perRegion(data, ['vpcs', 'flowLogs'], ({ region, vpcs, flowLogs }) =>
      vpcs.map((vpc): ControlOutcome => {
        const resource = vpcResource(data, vpc.vpcId, region)
        const cloud = accountCloud(data, region)
        const own = flowLogs.filter((flowLog) => flowLog.resourceId === vpc.vpcId)
        const covering = own.find(
          (flowLog) => flowLog.flowLogStatus === 'ACTIVE' && COVERING_TRAFFIC.has(flowLog.trafficType ?? ''),
        )
        if (covering !== undefined)
          return {
            status: 'pass',
            detail: `${vpc.vpcId} has flow log ${covering.flowLogId} (${covering.trafficType}, active).`,
            resource,
            cloud,
          }
        const why =
          own.length === 0
            ? 'no flow log'
            : `no active flow log of rejected or all traffic (${own.map((flowLog) => `${flowLog.flowLogId} ${flowLog.trafficType ?? '?'} ${flowLog.flowLogStatus ?? '?'}`).join(', ')})`
        return { status: 'fail', detail: `${vpc.vpcId} has ${why}.`, resource, cloud }
      }),
    )
    return orNotApplicable(outcomes, accountResource(data), accountCloud(data), 'No region was evaluated.')
  },
}

/** 6.5: flow logs are the record of who talked to what; kept under 90 days they are gone before most breaches are found. */
import { type ControlOutcome, collectionFailed, orNotApplicable } from '#shared/posture/index.ts'
import { coveringFlowLogs, MINIMUM_RETENTION_DAYS, retentionOf } from '../flow-log-coverage.ts'
import { NSG_TYPE } from '../open-nsg-port.ts'
import { SECTIONS } from '../sections.ts'
import { type AzureControl, armResource, subscriptionCloud, subscriptionResource } from '../subject.ts'

export const flowLogRetention: AzureControl = {
  id: '6.5',
  title: "Ensure that Network Security Group Flow Log retention period is 'greater than 90 days'",
  severity: 'medium',
  attacks: ['T1046', 'T1048', 'T1070'],
  requirements: ['NIST CSF 2.0 DE.CM-01', 'NIST CSF 2.0 PR.PS-04', 'SOC 2 CC7.2'],
  remediation:
    'Create a virtual network flow log for the network the group protects, or turn the existing flow log on and set its retention to 0 (keep) or 90 days or more: az network watcher flow-log create --location <region> --name <name> --vnet <vnet-id> --storage-account <account> --retention 90 (or az network watcher flow-log update ... --enabled true --retention 90).',
  references: [
    'https://learn.microsoft.com/en-us/azure/network-watcher/vnet-flow-logs-overview',
    'https://learn.microsoft.com/en-us/azure/network-watcher/nsg-flow-logs-overview',
  ],
  sections: [SECTIONS.networkSecurityGroups, SECTIONS.networkWatchers],
  evaluate({ data }) {
    const outcomes = data.networkSecurityGroups.map((group): ControlOutcome => {
      const resource = armResource(group, NSG_TYPE)
      const cloud = subscriptionCloud(data, group.location)
      // A flow log lives in the Network Watcher of its target's region.
      const watcher = data.networkWatchers.find((candidate) => candidate.location === group.location)
      if (watcher === undefined)
        return {
          status: 'fail',
          detail: `${group.name}: no Network Watcher in ${group.location}, so no flow log.`,
          resource,
          cloud,
        }
      if (watcher.flowLogs === null)
        return collectionFailed(resource, cloud, [
          `flow logs of ${watcher.name}: ${watcher.errors?.flowLogs ?? 'not collected'}`,
        ])
      const covering = coveringFlowLogs(group, watcher.flowLogs)
      if (covering.length === 0)
        return { status: 'fail', detail: `${group.name} is covered by no flow log.`, resource, cloud }
      const good = covering.find((flowLog) => flowLog.enabled && retentionOf(flowLog).kept)
      if (good !== undefined)
        return {
          status: 'pass',
          detail: `${group.name} is logged by ${good.name} (on, ${retentionOf(good).words}).`,
          resource,
          cloud,
        }
      const found = covering.map(
        (flowLog) => `${flowLog.name} (${flowLog.enabled ? 'on' : 'off'}, ${retentionOf(flowLog).words})`,
      )
      return {
        status: 'fail',
        detail: `${group.name} has no flow log that is on and kept ${MINIMUM_RETENTION_DAYS} days or more: ${found.join(', ')}.`,
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
  },
}

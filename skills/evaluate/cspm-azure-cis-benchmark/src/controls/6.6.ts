/** 6.6: without a Network Watcher in a region, its traffic cannot be logged or diagnosed when it matters. */
import type { ControlOutcome } from '#shared/posture/index.ts'
import { orNotApplicable } from '#shared/posture/index.ts'
import { SECTIONS } from '../sections.ts'
import {
  type AzureControl,
  subscriptionCloud,
  subscriptionRegionResource,
  subscriptionResource,
} from '../subject.ts'

export const networkWatcherEnabled: AzureControl = {
  id: '6.6',
  title: "Ensure that Network Watcher is 'Enabled'",
  severity: 'low',
  attacks: ['T1562.008'],
  requirements: ['NIST CSF 2.0 DE.CM-01', 'SOC 2 CC7.2'],
  remediation:
    'az network watcher configure --locations <region> --enabled true --resource-group NetworkWatcherRG',
  references: ['https://learn.microsoft.com/en-us/azure/network-watcher/network-watcher-create'],
  sections: [SECTIONS.networkSecurityGroups, SECTIONS.networkWatchers],
  evaluate({ data }) {
    // The regions in use: those where the subscription filters traffic with network security groups.
    const regions = [...new Set(data.networkSecurityGroups.map((group) => group.location))].sort()
    const outcomes = regions.map((region): ControlOutcome => {
      const resource = subscriptionRegionResource(data, region)
      const cloud = subscriptionCloud(data, region)
      const watcher = data.networkWatchers.find((candidate) => candidate.location === region)
      if (watcher !== undefined)
        return {
          status: 'pass',
          detail: `Network Watcher ${watcher.name} is enabled in ${region}.`,
          resource,
          cloud,
        }
      return { status: 'fail', detail: `No Network Watcher is enabled in ${region}.`, resource, cloud }
    })
    return orNotApplicable(
      outcomes,
      subscriptionResource(data),
      subscriptionCloud(data),
      'The subscription has no network security groups.',
    )
  },
}

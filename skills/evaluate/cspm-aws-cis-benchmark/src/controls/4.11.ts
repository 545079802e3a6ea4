/** 4.11: a changed network ACL can open whole subnets at once. */
import { monitoringControl } from '../monitoring.ts'

export const networkAclChangesMonitored = monitoringControl({
  id: '4.11',
  title: 'Ensure Network Access Control Lists (NACL) changes are monitored',
  severity: 'low',
  attacks: ['T1562.007'],
  requirements: ['NIST CSF 2.0 DE.CM-01', 'SOC 2 CC7.2'],
  comparisons: [
    'eventName = CreateNetworkAcl',
    'eventName = CreateNetworkAclEntry',
    'eventName = DeleteNetworkAcl',
    'eventName = DeleteNetworkAclEntry',
    'eventName = ReplaceNetworkAclEntry',
    'eventName = ReplaceNetworkAclAssociation',
  ],
  pattern:
    '{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }',
  metric: 'nacl_changes_metric',
})

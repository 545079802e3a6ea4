/** 4.10: opening a security group is how a service gets exposed, by mistake or on purpose. */
import { monitoringControl } from '../monitoring.ts'

export const securityGroupChangesMonitored = monitoringControl({
  id: '4.10',
  title: 'Ensure security group changes are monitored',
  severity: 'low',
  attacks: ['T1562.007'],
  requirements: ['NIST CSF 2.0 DE.CM-01', 'SOC 2 CC7.2'],
  comparisons: [
    'eventName = AuthorizeSecurityGroupIngress',
    'eventName = AuthorizeSecurityGroupEgress',
    'eventName = RevokeSecurityGroupIngress',
    'eventName = RevokeSecurityGroupEgress',
    'eventName = CreateSecurityGroup',
    'eventName = DeleteSecurityGroup',
  ],
  pattern:
    '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }',
  metric: 'security_group_changes_metric',
})

/** 4.13: a changed route can send traffic around inspection or out of the network. */
import { monitoringControl } from '../monitoring.ts'

export const routeTableChangesMonitored = monitoringControl({
  id: '4.13',
  title: 'Ensure route table changes are monitored',
  severity: 'low',
  attacks: ['T1048'],
  requirements: ['NIST CSF 2.0 DE.CM-01', 'SOC 2 CC7.2'],
  // The eventSource comparison of the audit pattern only narrows the filter; a filter without it still counts.
  comparisons: [
    'eventName = CreateRoute',
    'eventName = CreateRouteTable',
    'eventName = ReplaceRoute',
    'eventName = ReplaceRouteTableAssociation',
    'eventName = DeleteRouteTable',
    'eventName = DeleteRoute',
    'eventName = DisassociateRouteTable',
  ],
  pattern:
    '{ ($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable)) }',
  metric: 'route_table_changes_metric',
})

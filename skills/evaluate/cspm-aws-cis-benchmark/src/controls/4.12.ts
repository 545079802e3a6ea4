/** 4.12: a new gateway is a new way out of the network, past the controlled egress path. */
import { monitoringControl } from '../monitoring.ts'

export const networkGatewayChangesMonitored = monitoringControl({
  id: '4.12',
  title: 'Ensure changes to network gateways are monitored',
  severity: 'low',
  attacks: ['T1048'],
  requirements: ['NIST CSF 2.0 DE.CM-01', 'SOC 2 CC7.2'],
  comparisons: [
    'eventName = CreateCustomerGateway',
    'eventName = DeleteCustomerGateway',
    'eventName = AttachInternetGateway',
    'eventName = CreateInternetGateway',
    'eventName = DeleteInternetGateway',
    'eventName = DetachInternetGateway',
  ],
  pattern:
    '{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }',
  metric: 'network_gw_changes_metric',
})

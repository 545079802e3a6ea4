/** 4.14: a peering connection to an unknown VPC links the network to someone else's. */
import { monitoringControl } from '../monitoring.ts'

export const vpcChangesMonitored = monitoringControl({
  id: '4.14',
  title: 'Ensure VPC changes are monitored',
  severity: 'low',
  attacks: ['T1048'],
  requirements: ['NIST CSF 2.0 DE.CM-01', 'SOC 2 CC7.2'],
  comparisons: [
    'eventName = CreateVpc',
    'eventName = DeleteVpc',
    'eventName = ModifyVpcAttribute',
    'eventName = AcceptVpcPeeringConnection',
    'eventName = CreateVpcPeeringConnection',
    'eventName = DeleteVpcPeeringConnection',
    'eventName = RejectVpcPeeringConnection',
    'eventName = AttachClassicLinkVpc',
    'eventName = DetachClassicLinkVpc',
    'eventName = DisableVpcClassicLink',
    'eventName = EnableVpcClassicLink',
  ],
  pattern:
    '{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || ($.eventName = EnableVpcClassicLink) }',
  metric: 'vpc_changes_metric',
})

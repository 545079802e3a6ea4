/** 4.3: the root user should almost never act; when it does, someone should know at once. */
import { monitoringControl } from '../monitoring.ts'

export const rootUsageMonitored = monitoringControl({
  id: '4.3',
  title: "Ensure usage of 'root' account is monitored",
  severity: 'medium',
  attacks: ['T1078.004'],
  requirements: ['NIST CSF 2.0 DE.CM-03', 'SOC 2 CC7.2'],
  comparisons: [
    'userIdentity.type = Root',
    'userIdentity.invokedBy NOT EXISTS',
    'eventType != AwsServiceEvent',
  ],
  pattern:
    '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
  metric: 'root_usage_metric',
})

/** 4.1: a stolen credential probing what it may do leaves a trail of AccessDenied and UnauthorizedOperation errors. */
import { monitoringControl } from '../monitoring.ts'

export const unauthorizedApiCallsMonitored = monitoringControl({
  id: '4.1',
  title: 'Ensure unauthorized API calls are monitored',
  severity: 'low',
  attacks: ['T1580'],
  requirements: ['NIST CSF 2.0 DE.CM-09', 'SOC 2 CC7.2'],
  // The two sourceIPAddress and eventName exclusions only cut noise; a filter without them still counts.
  comparisons: ['errorCode = *UnauthorizedOperation', 'errorCode = AccessDenied*'],
  pattern:
    '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }',
  metric: 'unauthorized_api_calls_metric',
})

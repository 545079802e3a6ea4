/** 4.6: repeated failed sign-ins are password guessing in progress. */
import { monitoringControl } from '../monitoring.ts'

export const consoleAuthenticationFailuresMonitored = monitoringControl({
  id: '4.6',
  title: 'Ensure AWS Management Console authentication failures are monitored',
  severity: 'low',
  attacks: ['T1110'],
  requirements: ['NIST CSF 2.0 DE.CM-03', 'SOC 2 CC7.2'],
  comparisons: ['eventName = ConsoleLogin', 'errorMessage = Failed authentication'],
  pattern: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
  metric: 'console_signin_failure_metric',
})

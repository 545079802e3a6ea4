/** 4.2: a console sign-in without MFA is the one a phished password allows. */
import { monitoringControl } from '../monitoring.ts'

export const consoleSignInWithoutMfaMonitored = monitoringControl({
  id: '4.2',
  title: 'Ensure management console sign-in without MFA is monitored',
  severity: 'low',
  attacks: ['T1078.004'],
  requirements: ['NIST CSF 2.0 DE.CM-03', 'SOC 2 CC7.2'],
  // The benchmark's variant narrowed to IAM users and successful sign-ins contains these comparisons too.
  comparisons: ['eventName = ConsoleLogin', 'additionalEventData.MFAUsed != Yes'],
  pattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }',
  metric: 'no_mfa_console_signin_metric',
})

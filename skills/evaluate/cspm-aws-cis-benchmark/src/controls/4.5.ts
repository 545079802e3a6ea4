/** 4.5: stopping or redirecting the trail is the usual first move before acting unseen. */
import { monitoringControl } from '../monitoring.ts'

export const cloudtrailChangesMonitored = monitoringControl({
  id: '4.5',
  title: 'Ensure CloudTrail configuration changes are monitored',
  severity: 'medium',
  attacks: ['T1562.008'],
  requirements: ['NIST CSF 2.0 DE.CM-09', 'SOC 2 CC7.2'],
  comparisons: [
    'eventName = CreateTrail',
    'eventName = UpdateTrail',
    'eventName = DeleteTrail',
    'eventName = StartLogging',
    'eventName = StopLogging',
  ],
  pattern:
    '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }',
  metric: 'cloudtrail_cfg_changes_metric',
})

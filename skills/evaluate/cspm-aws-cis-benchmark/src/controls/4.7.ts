/** 4.7: data encrypted under a deleted key is gone for good; the waiting period only helps if someone is told. */
import { monitoringControl } from '../monitoring.ts'

export const cmkDisableOrDeletionMonitored = monitoringControl({
  id: '4.7',
  title: 'Ensure disabling or scheduled deletion of customer created CMKs is monitored',
  severity: 'low',
  attacks: ['T1485'],
  requirements: ['NIST CSF 2.0 DE.CM-09', 'SOC 2 CC7.2'],
  comparisons: [
    'eventSource = kms.amazonaws.com',
    'eventName = DisableKey',
    'eventName = ScheduleKeyDeletion',
  ],
  pattern:
    '{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }',
  metric: 'disable_or_delete_cmk_changes_metric',
})

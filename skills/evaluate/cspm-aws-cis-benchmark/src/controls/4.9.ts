/** 4.9: stopping the configuration recorder blinds configuration history and the rules built on it. */
import { monitoringControl } from '../monitoring.ts'

export const configChangesMonitored = monitoringControl({
  id: '4.9',
  title: 'Ensure AWS Config configuration changes are monitored',
  severity: 'low',
  attacks: ['T1562.001'],
  requirements: ['NIST CSF 2.0 DE.CM-09', 'SOC 2 CC7.2'],
  comparisons: [
    'eventSource = config.amazonaws.com',
    'eventName = StopConfigurationRecorder',
    'eventName = DeleteDeliveryChannel',
    'eventName = PutDeliveryChannel',
    'eventName = PutConfigurationRecorder',
  ],
  pattern:
    '{ ($.eventSource = config.amazonaws.com) && (($.eventName = StopConfigurationRecorder) || ($.eventName = DeleteDeliveryChannel) || ($.eventName = PutDeliveryChannel) || ($.eventName = PutConfigurationRecorder)) }',
  metric: 'aws_config_changes_metric',
})

/** The detector's rules, one line each; the runner refuses duplicate ids at start-up. */
import type { Rule } from '#shared/detect/index.ts'
import { awsCloudtrailLoggingImpaired } from './aws-cloudtrail-logging-impaired.ts'
import { awsNetworkLogsDeleted } from './aws-network-logs-deleted.ts'
import { awsSecurityMonitoringDisabled } from './aws-security-monitoring-disabled.ts'

export const RULES: readonly Rule<undefined>[] = [
  awsCloudtrailLoggingImpaired,
  awsSecurityMonitoringDisabled,
  awsNetworkLogsDeleted,
]

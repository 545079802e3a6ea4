/** The detector's rules, one line each; the runner refuses duplicate ids at start-up. */
import type { Rule } from '#shared/detect/index.ts'
import { gcpFirewallOpenedToInternet } from './gcp-firewall-opened-to-internet.ts'
import { gcpLoggingImpaired } from './gcp-logging-impaired.ts'
import { gcpVpcFlowLogsDisabled } from './gcp-vpc-flow-logs-disabled.ts'

export const RULES: readonly Rule<undefined>[] = [
  gcpLoggingImpaired,
  gcpVpcFlowLogsDisabled,
  gcpFirewallOpenedToInternet,
]

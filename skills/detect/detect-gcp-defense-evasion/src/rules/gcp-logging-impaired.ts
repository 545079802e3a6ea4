/**
 * Cloud Logging made to see or keep less: a sink or log bucket deleted, log entries deleted, a sink
 * disabled, re-pointed or given exclusions, a bucket's retention cut, the _Default sink switched off, or
 * Data Access audit logs turned off (or a member exempted from them) in an IAM policy's audit configuration.
 */
import type { EventRule } from '#shared/detect/index.ts'
import { impairmentOf } from '../logging-changes.ts'

export const gcpLoggingImpaired: EventRule<undefined> = {
  id: 'gcp-logging-impaired',
  title: 'Cloud Logging sink, bucket or audit configuration impaired',
  severity: 'high',
  attacks: ['T1562.008'],
  classUids: [6003],
  rationale:
    'Sinks carry audit logs to the SIEM and to long-term storage, and audit configs decide which Data Access calls are logged at all; deleting, disabling or narrowing them blinds every detection that reads them.',
  reference: 'https://stratus-red-team.cloud/attack-techniques/GCP/gcp.defense-evasion.delete-logging-sink/',
  runbook:
    '1. Who made the change, from where, and was it planned? 2. Restore the sink, bucket, exclusion list or audit configuration. 3. Review what the same principal did around the change, from the logs that still arrive.',
  falsePositives: [
    'sinks retired or re-pointed by infrastructure-as-code during a logging migration',
    'exclusions added to cut the cost of noisy logs (health checks, load balancer logs)',
  ],
  match(event) {
    return impairmentOf(event) !== undefined
  },
  describe(event) {
    const impairment = impairmentOf(event)
    const caller = impairment?.call.caller.label ?? 'unknown caller'
    return {
      // What was done is part of the key: an exclusion and a deletion of one sink are two findings.
      key: [caller, impairment?.call.resource.uid ?? impairment?.call.scope ?? '?', impairment?.what ?? ''],
      severity: impairment?.severity,
      desc: `${caller} ${impairment?.what ?? 'impaired logging'}.`,
    }
  },
}

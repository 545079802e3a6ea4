/**
 * GetPasswordData returns an EC2 Windows instance's administrator password (encrypted to the key pair
 * it was launched with). A successful call is reported; failed calls are reported once one principal has
 * tried them on several instances, the pattern of someone sweeping for RDP passwords.
 */
import { awsCallOf } from '#shared/aws/index.ts'
import { type CorrelationRule, type Detection, DistinctTally } from '#shared/detect/index.ts'
import { asString } from '#shared/json/index.ts'
import type { CredentialAccessConfig } from '../config.ts'

const SWEEP_TITLE = 'Repeated attempts to retrieve EC2 Windows passwords'

export const awsEc2PasswordDataRetrieved: CorrelationRule<CredentialAccessConfig> = {
  id: 'aws-ec2-password-data-retrieved',
  title: 'EC2 Windows password retrieved',
  severity: 'medium',
  attacks: ['T1552'],
  classUids: [6003],
  rationale:
    'The Windows administrator password of an instance is a local credential that bypasses IAM; reading it, or trying to on many instances, is a step towards RDP access to the fleet.',
  reference:
    'https://stratus-red-team.cloud/attack-techniques/AWS/aws.credential-access.ec2-get-password-data/',
  runbook:
    '1. Does the principal administer Windows instances? 2. Which instances, and who holds the key pair needed to decrypt the password? 3. If unexpected, rotate the local administrator passwords and look for RDP connections to those instances.',
  falsePositives: ['administrators connecting to Windows instances through the console or Fleet Manager'],
  correlator(config) {
    const failures = new DistinctTally({
      windowMs: config.windowMs,
      threshold: config.passwordAttemptThreshold,
    })
    return {
      observe(event): Detection[] {
        const call = awsCallOf(event)
        if (call?.service !== 'ec2.amazonaws.com' || call.operation !== 'GetPasswordData') return []
        const principal = call.caller.key
        const name = call.caller.name ?? principal
        const instance = asString(call.request?.instanceId) ?? '?'
        if (call.succeeded) {
          const desc = `${name} retrieved the Windows password of instance ${instance}.`
          return [{ key: [principal, 'retrieved'], desc, events: [event] }]
        }
        const outcome = failures.add(principal, [instance], event)
        if (!outcome.reached) return []
        const desc = outcome.first
          ? `${name} failed to read the Windows password of ${outcome.count} instances within ${Math.round(outcome.spanMs / 1000)}s.`
          : `${name} kept trying GetPasswordData.`
        return [{ key: [principal, 'attempted'], title: SWEEP_TITLE, desc, events: outcome.events }]
      },
    }
  },
}

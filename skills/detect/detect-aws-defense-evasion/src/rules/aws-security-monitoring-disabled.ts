/** GuardDuty, AWS Config or Security Hub switched off or cut loose from the administrator account. */
import { type AwsCall, awsCallOf } from '#shared/aws/index.ts'
import type { EventRule } from '#shared/detect/index.ts'
import { asBoolean } from '#shared/json/index.ts'
import type { OcsfEvent } from '#shared/ocsf/index.ts'

/** The calls that stop a monitoring service, by service, and what each one does. */
const DISABLING_CALLS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  [
    'guardduty.amazonaws.com',
    new Map([
      ['DeleteDetector', 'deleted the GuardDuty detector'],
      ['UpdateDetector', 'disabled the GuardDuty detector'],
      ['DisassociateFromMasterAccount', 'detached GuardDuty from its administrator account'],
      ['DisassociateFromAdministratorAccount', 'detached GuardDuty from its administrator account'],
      ['StopMonitoringMembers', 'stopped GuardDuty monitoring of member accounts'],
    ]),
  ],
  [
    'config.amazonaws.com',
    new Map([
      ['StopConfigurationRecorder', 'stopped the AWS Config recorder'],
      ['DeleteConfigurationRecorder', 'deleted the AWS Config recorder'],
      ['DeleteDeliveryChannel', 'deleted the AWS Config delivery channel'],
    ]),
  ],
  ['securityhub.amazonaws.com', new Map([['DisableSecurityHub', 'disabled Security Hub']])],
])

function disablingOf(event: OcsfEvent): { call: AwsCall; what: string } | undefined {
  const call = awsCallOf(event)
  if (call === undefined || !call.succeeded) return undefined
  const what = DISABLING_CALLS.get(call.service)?.get(call.operation)
  if (what === undefined) return undefined
  // UpdateDetector also changes the publishing frequency and features; only `enable: false` switches it off.
  if (call.operation === 'UpdateDetector' && asBoolean(call.request?.enable) !== false) return undefined
  return { call, what }
}

export const awsSecurityMonitoringDisabled: EventRule<undefined> = {
  id: 'aws-security-monitoring-disabled',
  title: 'Security monitoring disabled',
  severity: 'high',
  attacks: ['T1562.001'],
  classUids: [6003],
  rationale:
    'GuardDuty, Config and Security Hub are how a compromise gets noticed and how the configuration is reconstructed afterwards; turning them off is preparation, not maintenance.',
  reference: 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_suspend-disable.html',
  runbook:
    "1. Was the change planned (account closure, a move to delegated administration)? 2. Re-enable the service. 3. Review the same principal's other calls around the change.",
  falsePositives: [
    'an account being closed or moved between organisations',
    'GuardDuty administration handed to a delegated administrator account',
  ],
  match(event) {
    return disablingOf(event) !== undefined
  },
  describe(event) {
    const disabling = disablingOf(event)
    const caller = disabling?.call.caller.name ?? 'unknown caller'
    const where = [disabling?.call.account, disabling?.call.region].filter(Boolean).join(' ')
    return {
      key: [caller, disabling?.call.service ?? '', disabling?.call.region ?? ''],
      desc: `${caller} ${disabling?.what ?? 'disabled security monitoring'}${where === '' ? '' : ` in ${where}`}.`,
    }
  },
}

/** An EBS snapshot, AMI or RDS snapshot shared with another account or made public: data walking out whole. */
import { type AwsCall, awsCallOf } from '#shared/aws/index.ts'
import type { EventRule } from '#shared/detect/index.ts'
import type { OcsfEvent } from '#shared/ocsf/index.ts'
import type { DataExposureConfig } from '../config.ts'
import { PUBLIC, type SharedResource, sharedResourceOf } from '../snapshot-shares.ts'

interface ExternalShare {
  readonly call: AwsCall
  readonly shared: SharedResource
  readonly outsiders: readonly string[]
}

function externalShareOf(event: OcsfEvent, config: DataExposureConfig): ExternalShare | undefined {
  const call = awsCallOf(event)
  if (call === undefined || !call.succeeded) return undefined
  const shared = sharedResourceOf(call)
  if (shared === undefined) return undefined
  const outsiders = shared.grantees.filter(
    (grantee) => grantee === PUBLIC || (grantee !== call.account && !config.trustedAccounts.has(grantee)),
  )
  return outsiders.length > 0 ? { call, shared, outsiders } : undefined
}

export const awsSnapshotSharedExternally: EventRule<DataExposureConfig> = {
  id: 'aws-snapshot-shared-externally',
  title: 'Snapshot or image shared outside the account',
  severity: 'high',
  attacks: ['T1537'],
  classUids: [6003],
  rationale:
    'A shared snapshot or image can be copied into the receiving account and read there, disk and database included, beyond any control of this account: exfiltration with one API call.',
  reference: 'https://stratus-red-team.cloud/attack-techniques/AWS/aws.exfiltration.ec2-share-ebs-snapshot/',
  runbook:
    "1. Which account received it, and is it the organisation's or a known partner's? 2. Remove the permission (ModifySnapshotAttribute / ModifyImageAttribute remove, ModifyDBSnapshotAttribute valuesToRemove). 3. Assume the data was copied: what did the snapshot hold?",
  falsePositives: [
    'backups shared with a disaster-recovery or backup account (list it with --trusted-account)',
    'golden AMIs published to the accounts of the organisation',
  ],
  match(event, config) {
    return externalShareOf(event, config) !== undefined
  },
  describe(event, config) {
    const share = externalShareOf(event, config)
    const caller = share?.call.caller.name ?? 'unknown caller'
    const what = `${share?.shared.kind ?? 'snapshot'} ${share?.shared.id ?? '?'}`
    const isPublic = share?.outsiders.includes(PUBLIC) === true
    return {
      key: [caller, what],
      title: isPublic ? 'Snapshot or image made public' : undefined,
      severity: isPublic ? 'critical' : 'high',
      desc: isPublic
        ? `${caller} made ${what} public.`
        : `${caller} shared ${what} with account ${share?.outsiders.join(', ') ?? '?'}.`,
    }
  },
}

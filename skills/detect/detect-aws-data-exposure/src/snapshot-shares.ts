/**
 * Who a snapshot or image sharing call adds: EC2 writes `{add: {items: [{userId | group}]}}` under
 * createVolumePermission (EBS snapshots) and launchPermission (AMIs); RDS writes `valuesToAdd` for the
 * `restore` attribute of DB and cluster snapshots. `all` (EC2 group, RDS value) means public.
 */
import type { AwsCall } from '#shared/aws/index.ts'
import { asArray, asString, asStrings, path } from '#shared/json/index.ts'

export const PUBLIC = 'all'

export interface SharedResource {
  readonly kind: 'EBS snapshot' | 'AMI' | 'RDS snapshot' | 'RDS cluster snapshot'
  readonly id: string
  /** The accounts added, and `all` when made public. */
  readonly grantees: readonly string[]
}

function ec2Grantees(call: AwsCall, attribute: string): string[] {
  const grantees: string[] = []
  for (const item of asArray(path(call.request, attribute, 'add', 'items')) ?? []) {
    const userId = asString(path(item, 'userId'))
    if (userId !== undefined) grantees.push(userId)
    if (asString(path(item, 'group')) === PUBLIC) grantees.push(PUBLIC)
  }
  return grantees
}

/** What a successful sharing call shares and with whom; undefined for any other call. */
export function sharedResourceOf(call: AwsCall): SharedResource | undefined {
  const request = call.request
  if (call.service === 'ec2.amazonaws.com' && call.operation === 'ModifySnapshotAttribute') {
    return {
      kind: 'EBS snapshot',
      id: asString(request?.snapshotId) ?? '?',
      grantees: ec2Grantees(call, 'createVolumePermission'),
    }
  }
  if (call.service === 'ec2.amazonaws.com' && call.operation === 'ModifyImageAttribute') {
    return {
      kind: 'AMI',
      id: asString(request?.imageId) ?? '?',
      grantees: ec2Grantees(call, 'launchPermission'),
    }
  }
  if (call.service !== 'rds.amazonaws.com' || asString(request?.attributeName) !== 'restore') return undefined
  const grantees = asStrings(request?.valuesToAdd)
  if (call.operation === 'ModifyDBSnapshotAttribute') {
    return { kind: 'RDS snapshot', id: asString(request?.dBSnapshotIdentifier) ?? '?', grantees }
  }
  if (call.operation === 'ModifyDBClusterSnapshotAttribute') {
    return {
      kind: 'RDS cluster snapshot',
      id: asString(request?.dBClusterSnapshotIdentifier) ?? '?',
      grantees,
    }
  }
  return undefined
}

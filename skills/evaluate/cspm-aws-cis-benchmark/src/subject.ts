/** What the controls evaluate: the snapshot data and when it was collected, plus the resources findings name. */
import type { Cloud, ResourceDetails } from '#shared/ocsf/index.ts'
import type { PostureControl, SnapshotKind, SnapshotSubject } from '#shared/posture/index.ts'
import { SNAPSHOT_KIND } from './benchmark.ts'
import type { AwsSnapshotData } from './snapshot.ts'

export type AwsSubject = SnapshotSubject<AwsSnapshotData>

export function accountCloud(data: AwsSnapshotData, region?: string | null): Cloud {
  return {
    provider: 'AWS',
    account: { uid: data.account.accountId, type: 'AWS Account', type_id: 10 },
    region: region ?? undefined,
  }
}

export function accountResource(data: AwsSnapshotData): ResourceDetails {
  const { accountId, partition } = data.account
  return {
    uid: `arn:${partition}:iam::${accountId}:root`,
    name: accountId,
    type: 'AWS::::Account',
    cloud_partition: partition,
  }
}

/** The account's settings in one region (EBS defaults, trail listing): the account, scoped to the region. */
export function accountRegionResource(data: AwsSnapshotData, region: string): ResourceDetails {
  return { ...accountResource(data), uid: `${accountResource(data).uid}/${region}`, region }
}

export function userResource(data: AwsSnapshotData, userName: string, arn: string): ResourceDetails {
  return { uid: arn, name: userName, type: 'AWS::IAM::User', cloud_partition: data.account.partition }
}

export function policyResource(data: AwsSnapshotData, policyName: string, arn: string): ResourceDetails {
  return {
    uid: arn,
    name: policyName,
    type: 'AWS::IAM::ManagedPolicy',
    cloud_partition: data.account.partition,
  }
}

export function bucketResource(data: AwsSnapshotData, name: string, region: string | null): ResourceDetails {
  const { partition } = data.account
  return {
    uid: `arn:${partition}:s3:::${name}`,
    name,
    type: 'AWS::S3::Bucket',
    region: region ?? undefined,
    cloud_partition: partition,
  }
}

export function trailResource(
  data: AwsSnapshotData,
  name: string,
  arn: string,
  region: string,
): ResourceDetails {
  return { uid: arn, name, type: 'AWS::CloudTrail::Trail', region, cloud_partition: data.account.partition }
}

export function vpcResource(data: AwsSnapshotData, vpcId: string, region: string): ResourceDetails {
  const { accountId, partition } = data.account
  return {
    uid: `arn:${partition}:ec2:${region}:${accountId}:vpc/${vpcId}`,
    name: vpcId,
    type: 'AWS::EC2::VPC',
    region,
    cloud_partition: partition,
  }
}

export function securityGroupResource(
  data: AwsSnapshotData,
  groupId: string,
  groupName: string,
  region: string,
): ResourceDetails {
  const { accountId, partition } = data.account
  return {
    uid: `arn:${partition}:ec2:${region}:${accountId}:security-group/${groupId}`,
    name: groupName,
    type: 'AWS::EC2::SecurityGroup',
    region,
    cloud_partition: partition,
  }
}

/** A control of this benchmark: a pure function of the snapshot. */
export type AwsControl = PostureControl<AwsSubject>

/** This skill's snapshots, and the account each names as a whole. */
export const AWS_SNAPSHOTS: SnapshotKind<AwsSnapshotData> = {
  kind: SNAPSHOT_KIND,
  loadSchema: async () => (await import('./snapshot.ts')).AwsSnapshotData,
  resource: accountResource,
  cloud: accountCloud,
}

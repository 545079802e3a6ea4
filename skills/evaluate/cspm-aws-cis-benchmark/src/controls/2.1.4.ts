/**
 * 2.1.4: Block Public Access overrides any ACL or bucket policy that would expose a bucket; at account level it
 * covers every bucket, at bucket level that bucket. The CloudTrail log bucket is one of them, and is named so.
 */
import type { ControlOutcome } from '#shared/posture/index.ts'
import { collectionFailed } from '../outcomes.ts'
import { settingsOff } from '../public-access-block.ts'
import { SECTIONS } from '../sections.ts'
import type { Bucket } from '../snapshot.ts'
import {
  type AwsControl,
  type AwsSubject,
  accountCloud,
  accountResource,
  bucketResource,
} from '../subject.ts'
import { trailBuckets } from '../trail-coverage.ts'

function accountOutcome({ data }: AwsSubject): ControlOutcome {
  const resource = accountResource(data)
  const cloud = accountCloud(data)
  const error = data.s3.errors?.accountPublicAccessBlock
  if (error !== undefined) return collectionFailed(resource, cloud, [`account Block Public Access: ${error}`])
  const off = settingsOff(data.s3.accountPublicAccessBlock)
  if (off.length === 0)
    return {
      status: 'pass',
      detail: 'Block Public Access (account settings) has all four settings on.',
      resource,
      cloud,
    }
  return {
    status: 'fail',
    detail: `Block Public Access (account settings) has ${off.join(', ')} off.`,
    resource,
    cloud,
  }
}

function bucketOutcome(
  { data }: AwsSubject,
  bucket: Bucket,
  trails: readonly string[] | undefined,
): ControlOutcome {
  const resource = bucketResource(data, bucket.name, bucket.region)
  const cloud = accountCloud(data, bucket.region)
  const logs = trails === undefined ? '' : ` It receives the CloudTrail logs of ${trails.join(', ')}.`
  const accountError = data.s3.errors?.accountPublicAccessBlock
  const accountCovers =
    accountError === undefined && settingsOff(data.s3.accountPublicAccessBlock).length === 0
  if (accountCovers)
    return {
      status: 'pass',
      detail: `${bucket.name} is covered by Block Public Access (account settings).${logs}`,
      resource,
      cloud,
    }
  const bucketError = bucket.errors?.publicAccessBlock
  if (bucketError !== undefined)
    return collectionFailed(resource, cloud, [`Block Public Access of ${bucket.name}: ${bucketError}`])
  const off = settingsOff(bucket.publicAccessBlock)
  if (off.length === 0)
    return {
      status: 'pass',
      detail: `${bucket.name} has all four Block Public Access settings on.${logs}`,
      resource,
      cloud,
    }
  if (accountError !== undefined)
    return collectionFailed(resource, cloud, [`account Block Public Access: ${accountError}`])
  return {
    status: 'fail',
    detail: `${bucket.name} has ${off.join(', ')} off, and the account settings do not cover it.${logs}`,
    resource,
    cloud,
  }
}

export const bucketBlockPublicAccess: AwsControl = {
  id: '2.1.4',
  title: "Ensure that S3 Buckets are configured with 'Block public access (bucket settings)'",
  severity: 'high',
  attacks: ['T1530'],
  requirements: ['NIST CSF 2.0 PR.DS-01', 'NIST CSF 2.0 PR.AA-05', 'SOC 2 CC6.1', 'SOC 2 CC6.6'],
  remediation:
    'Turn on all four settings for the account (aws s3control put-public-access-block --account-id <id> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true) or for the bucket (aws s3api put-public-access-block --bucket <bucket> with the same configuration).',
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
  ],
  sections: [SECTIONS.buckets],
  evaluate(subject) {
    const { data } = subject
    const trails = trailBuckets(data)
    const buckets = data.s3.buckets
      .filter((bucket) => bucket.inAccount)
      .map((bucket) => bucketOutcome(subject, bucket, trails.get(bucket.name)))
    return [accountOutcome(subject), ...buckets]
  },
}

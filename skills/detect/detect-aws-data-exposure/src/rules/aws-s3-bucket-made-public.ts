/** An S3 bucket opened to the internet (public policy, public ACL, Block Public Access taken away) or to another account. */
import { type AwsCall, awsCallOf } from '#shared/aws/index.ts'
import type { EventRule } from '#shared/detect/index.ts'
import type { OcsfEvent } from '#shared/ocsf/index.ts'
import { type BucketExposure, bucketExposureOf, bucketOf } from '../bucket-exposure.ts'
import type { DataExposureConfig } from '../config.ts'

function exposureOf(
  event: OcsfEvent,
  config: DataExposureConfig,
): { call: AwsCall; exposure: BucketExposure } | undefined {
  const call = awsCallOf(event)
  if (call === undefined || !call.succeeded || call.service !== 's3.amazonaws.com') return undefined
  const exposure = bucketExposureOf(call, config.trustedAccounts)
  return exposure === undefined ? undefined : { call, exposure }
}

export const awsS3BucketMadePublic: EventRule<DataExposureConfig> = {
  id: 'aws-s3-bucket-made-public',
  title: 'S3 bucket opened to the public',
  severity: 'high',
  attacks: ['T1530'],
  classUids: [6003],
  rationale:
    'A bucket readable by anyone is collected by anyone: attackers open buckets, or grant their own account, to pull data out, and Block Public Access is the guard they remove first.',
  reference: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
  runbook:
    '1. Is the bucket meant to be public (a static website, public datasets), or the account a known partner? 2. If not, restore Block Public Access and the previous policy or ACL. 3. Review S3 server access or data-event logs for reads from outside since the change.',
  falsePositives: [
    'static websites and public download buckets, which are public by design',
    'Block Public Access relaxed on a bucket that keeps a restrictive policy',
    'buckets shared with partner or organisation accounts (list them with --trusted-account)',
  ],
  match(event, config) {
    return exposureOf(event, config) !== undefined
  },
  describe(event, config) {
    const found = exposureOf(event, config)
    const caller = found?.call.caller.name ?? 'unknown caller'
    const bucket = found === undefined ? 'bucket ?' : bucketOf(found.call)
    const toEveryone = found?.exposure.toEveryone !== false
    return {
      key: [caller, bucket],
      title: toEveryone ? undefined : 'S3 bucket opened to another account',
      severity: toEveryone ? 'high' : 'medium',
      desc: `${caller} ${found?.exposure.what ?? 'opened'} on ${bucket}.`,
    }
  },
}

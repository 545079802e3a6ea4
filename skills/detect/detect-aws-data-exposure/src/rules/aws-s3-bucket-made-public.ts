/** An S3 bucket opened to the internet: public policy, public ACL, or Block Public Access taken away. */
import { type AwsCall, awsCallOf } from '#shared/aws/index.ts'
import type { EventRule } from '#shared/detect/index.ts'
import type { OcsfEvent } from '#shared/ocsf/index.ts'
import { bucketExposureOf, bucketOf } from '../bucket-exposure.ts'
import type { DataExposureConfig } from '../config.ts'

function exposureOf(event: OcsfEvent): { call: AwsCall; what: string } | undefined {
  const call = awsCallOf(event)
  if (call === undefined || !call.succeeded || call.service !== 's3.amazonaws.com') return undefined
  const what = bucketExposureOf(call)
  return what === undefined ? undefined : { call, what }
}

export const awsS3BucketMadePublic: EventRule<DataExposureConfig> = {
  id: 'aws-s3-bucket-made-public',
  title: 'S3 bucket opened to the public',
  severity: 'high',
  attacks: ['T1530'],
  classUids: [6003],
  rationale:
    'A bucket readable by anyone is collected by anyone: attackers open buckets to pull data out without credentials, and Block Public Access is the guard they remove first.',
  reference: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
  runbook:
    '1. Is the bucket meant to be public (a static website, public datasets)? 2. If not, restore Block Public Access and the previous policy or ACL. 3. Review S3 server access or data-event logs for anonymous reads since the change.',
  falsePositives: [
    'static websites and public download buckets, which are public by design',
    'Block Public Access relaxed on a bucket that keeps a restrictive policy',
  ],
  match(event) {
    return exposureOf(event) !== undefined
  },
  describe(event) {
    const exposure = exposureOf(event)
    const caller = exposure?.call.caller.name ?? 'unknown caller'
    const bucket = exposure === undefined ? 'bucket ?' : bucketOf(exposure.call)
    return { key: [caller, bucket], desc: `${caller} ${exposure?.what ?? 'opened'} on ${bucket}.` }
  },
}

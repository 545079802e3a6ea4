/** 3.4: access logs of the trail's bucket show who read, overwrote or deleted the audit record itself. */
import type { ControlOutcome } from '#shared/posture/index.ts'
import { collectionFailed, orNotApplicable } from '../outcomes.ts'
import { SECTIONS } from '../sections.ts'
import { type AwsControl, accountCloud, accountResource, bucketResource } from '../subject.ts'
import { trailBuckets, unlistedTrailRegions } from '../trail-coverage.ts'

export const trailBucketAccessLogging: AwsControl = {
  id: '3.4',
  title: 'Ensure S3 bucket access logging is enabled on the CloudTrail S3 bucket',
  severity: 'low',
  attacks: ['T1070'],
  requirements: ['NIST CSF 2.0 PR.PS-04', 'SOC 2 CC7.2'],
  remediation:
    'Turn on server access logging for the bucket, to a separate bucket: aws s3api put-bucket-logging --bucket <trail-bucket> --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"<log-bucket>","TargetPrefix":"<prefix>"}}\'.',
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html'],
  sections: [SECTIONS.regions],
  evaluate({ data }) {
    const outcomes: ControlOutcome[] = []
    for (const [name, trails] of trailBuckets(data)) {
      const bucket = data.s3.buckets.find((candidate) => candidate.name === name)
      const resource = bucketResource(data, name, bucket?.region ?? null)
      const cloud = accountCloud(data, bucket?.region)
      const of = `of ${trails.join(', ')}`
      const error = bucket === undefined ? 'not in the snapshot' : bucket.errors?.logging
      if (error !== undefined) {
        outcomes.push(collectionFailed(resource, cloud, [`logging of ${name}: ${error}`]))
      } else if (bucket?.logging == null) {
        outcomes.push({
          status: 'fail',
          detail: `${name}, the log bucket ${of}, has server access logging off.`,
          resource,
          cloud,
        })
      } else {
        const { targetBucket, targetPrefix } = bucket.logging
        outcomes.push({
          status: 'pass',
          detail: `${name}, the log bucket ${of}, logs access to s3://${targetBucket}/${targetPrefix}.`,
          resource,
          cloud,
        })
      }
    }
    outcomes.push(...unlistedTrailRegions(data))
    return orNotApplicable(
      outcomes,
      accountResource(data),
      accountCloud(data),
      'No trail delivers logs to an S3 bucket.',
    )
  },
}

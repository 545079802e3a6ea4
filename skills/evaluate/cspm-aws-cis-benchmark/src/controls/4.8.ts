/** 4.8: a changed bucket policy or ACL is how a bucket is opened to the world or to another account. */
import { monitoringControl } from '../monitoring.ts'

export const bucketPolicyChangesMonitored = monitoringControl({
  id: '4.8',
  title: 'Ensure S3 bucket policy changes are monitored',
  severity: 'low',
  attacks: ['T1530'],
  requirements: ['NIST CSF 2.0 DE.CM-09', 'SOC 2 CC7.2'],
  comparisons: [
    'eventSource = s3.amazonaws.com',
    'eventName = PutBucketAcl',
    'eventName = PutBucketPolicy',
    'eventName = PutBucketCors',
    'eventName = PutBucketLifecycle',
    'eventName = PutBucketReplication',
    'eventName = DeleteBucketPolicy',
    'eventName = DeleteBucketCors',
    'eventName = DeleteBucketLifecycle',
    'eventName = DeleteBucketReplication',
  ],
  pattern:
    '{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }',
  metric: 's3_bucket_policy_changes_metric',
})

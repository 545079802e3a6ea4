/** 5.2: with object ACLs on, one object made public by an ACL escapes the bucket's IAM policy and its reviews. */
import { type ControlOutcome, orNotApplicable } from '#shared/posture/index.ts'
import { SECTIONS } from '../sections.ts'
import { bucketRegion, bucketResource, type GcpControl, projectCloud, projectResource } from '../subject.ts'

export const uniformBucketLevelAccess: GcpControl = {
  id: '5.2',
  title: 'Ensure That Cloud Storage Buckets Have Uniform Bucket-Level Access Enabled',
  severity: 'medium',
  attacks: ['T1530'],
  requirements: ['NIST CSF 2.0 PR.AA-05', 'SOC 2 CC6.1'],
  remediation:
    'Move any access granted by ACLs into the bucket IAM policy, then: gcloud storage buckets update gs://<bucket> --uniform-bucket-level-access; enforce it everywhere with the organisation policy constraint storage.uniformBucketLevelAccess.',
  references: ['https://cloud.google.com/storage/docs/uniform-bucket-level-access'],
  sections: [SECTIONS.buckets],
  evaluate({ data }) {
    const outcomes = data.buckets.map((bucket): ControlOutcome => {
      const resource = bucketResource(bucket)
      const cloud = projectCloud(data, bucketRegion(bucket))
      if (bucket.uniformBucketLevelAccess)
        return {
          status: 'pass',
          detail: `gs://${bucket.name} has uniform bucket-level access on.`,
          resource,
          cloud,
        }
      return {
        status: 'fail',
        detail: `gs://${bucket.name} has uniform bucket-level access off: object ACLs apply.`,
        resource,
        cloud,
      }
    })
    return orNotApplicable(outcomes, projectResource(data), projectCloud(data), 'The project has no buckets.')
  },
}

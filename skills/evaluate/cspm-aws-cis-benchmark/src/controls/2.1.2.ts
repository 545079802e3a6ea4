/** 2.1.2: without MFA Delete, whoever holds the keys can suspend versioning and destroy every object version. */
import { collectionFailed, orNotApplicable } from '../outcomes.ts'
import { SECTIONS } from '../sections.ts'
import { type AwsControl, accountCloud, accountResource, bucketResource } from '../subject.ts'

export const bucketMfaDelete: AwsControl = {
  id: '2.1.2',
  title: 'Ensure MFA Delete is enabled on S3 buckets',
  severity: 'low',
  attacks: ['T1485', 'T1490'],
  requirements: ['NIST CSF 2.0 PR.DS-01', 'NIST CSF 2.0 PR.DS-11', 'SOC 2 CC6.1', 'SOC 2 A1.2'],
  remediation:
    'As the root user with its MFA device, enable versioning with MFA Delete: aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "<device-arn> <code>".',
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html'],
  sections: [SECTIONS.buckets],
  evaluate({ data }) {
    const outcomes = data.s3.buckets
      .filter((bucket) => bucket.inAccount)
      .map((bucket) => {
        const resource = bucketResource(data, bucket.name, bucket.region)
        const cloud = accountCloud(data, bucket.region)
        const error = bucket.errors?.versioning
        if (error !== undefined)
          return collectionFailed(resource, cloud, [`versioning of ${bucket.name}: ${error}`])
        const status = bucket.versioning?.status ?? 'never enabled'
        const mfaDelete = bucket.versioning?.mfaDelete ?? 'Disabled'
        if (status === 'Enabled' && mfaDelete === 'Enabled')
          return {
            status: 'pass' as const,
            detail: `${bucket.name} has versioning and MFA Delete enabled.`,
            resource,
            cloud,
          }
        return {
          status: 'fail' as const,
          detail: `${bucket.name} has versioning ${status} and MFA Delete ${mfaDelete}.`,
          resource,
          cloud,
        }
      })
    return orNotApplicable(
      outcomes,
      accountResource(data),
      accountCloud(data),
      'The account has no S3 buckets.',
    )
  },
}

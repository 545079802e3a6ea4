/** 3.5: with SSE-KMS, reading the trail's logs takes kms:Decrypt on the key as well as read access to the bucket. */
import { SECTIONS } from '../sections.ts'
import { type AwsControl, accountCloud, trailResource } from '../subject.ts'
import { perTrail } from '../trail-coverage.ts'

export const trailKmsEncryption: AwsControl = {
  id: '3.5',
  title: 'Ensure CloudTrail logs are encrypted at rest using KMS CMKs',
  severity: 'medium',
  attacks: ['T1530'],
  requirements: ['NIST CSF 2.0 PR.DS-01', 'NIST CSF 2.0 PR.PS-04', 'SOC 2 CC6.1'],
  remediation:
    'Encrypt the trail with a customer managed KMS key whose policy lets CloudTrail use it: aws cloudtrail update-trail --name <trail> --kms-key-id <key-arn>.',
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html',
  ],
  sections: [SECTIONS.regions],
  evaluate({ data }) {
    return perTrail(data, (trail) => {
      const resource = trailResource(data, trail.name, trail.trailArn, trail.homeRegion)
      const cloud = accountCloud(data, trail.homeRegion)
      if (trail.kmsKeyId !== null)
        return {
          status: 'pass',
          detail: `${trail.name} encrypts its logs with ${trail.kmsKeyId}.`,
          resource,
          cloud,
        }
      return {
        status: 'fail',
        detail: `${trail.name} does not encrypt its logs with a KMS key.`,
        resource,
        cloud,
      }
    })
  },
}

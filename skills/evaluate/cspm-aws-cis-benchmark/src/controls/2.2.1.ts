/** 2.2.1: with encryption by default, no new volume or snapshot can be created in clear by mistake or left so. */
import { collectionFailed, orNotApplicable } from '../outcomes.ts'
import { SECTIONS } from '../sections.ts'
import { type AwsControl, accountCloud, accountRegionResource, accountResource } from '../subject.ts'

export const ebsEncryptionByDefault: AwsControl = {
  id: '2.2.1',
  title: 'Ensure EBS Volume Encryption is Enabled in all Regions',
  severity: 'medium',
  attacks: ['T1537'],
  requirements: ['NIST CSF 2.0 PR.DS-01', 'SOC 2 CC6.1'],
  remediation:
    'Turn on EBS encryption by default in every region: aws ec2 enable-ebs-encryption-by-default --region <region>. Existing volumes are not converted; copy their snapshots with encryption to replace them.',
  references: ['https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html'],
  sections: [SECTIONS.regions],
  evaluate({ data }) {
    const outcomes = data.regions.map(({ region, ebsEncryptionByDefault, errors }) => {
      const resource = accountRegionResource(data, region)
      const cloud = accountCloud(data, region)
      if (errors?.ebsEncryptionByDefault !== undefined || ebsEncryptionByDefault === null)
        return collectionFailed(resource, cloud, [
          `EBS encryption by default in ${region}: ${errors?.ebsEncryptionByDefault ?? 'not collected'}`,
        ])
      if (ebsEncryptionByDefault)
        return {
          status: 'pass' as const,
          detail: `EBS encryption by default is on in ${region}.`,
          resource,
          cloud,
        }
      return {
        status: 'fail' as const,
        detail: `EBS encryption by default is off in ${region}.`,
        resource,
        cloud,
      }
    })
    return orNotApplicable(outcomes, accountResource(data), accountCloud(data), 'No region was evaluated.')
  },
}

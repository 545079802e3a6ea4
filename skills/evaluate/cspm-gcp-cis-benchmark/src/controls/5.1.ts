/** 5.1: a bucket granted to allUsers or allAuthenticatedUsers can be read (or written) by anyone who finds its name. */
import { type ControlOutcome, collectionFailed, orNotApplicable } from '#shared/posture/index.ts'
import { PUBLIC_MEMBERS } from '../iam-members.ts'
import { SECTIONS } from '../sections.ts'
import { bucketRegion, bucketResource, type GcpControl, projectCloud, projectResource } from '../subject.ts'

export const bucketNotPublic: GcpControl = {
  id: '5.1',
  title: 'Ensure That Cloud Storage Bucket Is Not Anonymously or Publicly Accessible',
  severity: 'critical',
  attacks: ['T1530'],
  requirements: ['NIST CSF 2.0 PR.AA-05', 'NIST CSF 2.0 PR.DS-01', 'SOC 2 CC6.1', 'SOC 2 C1.1'],
  remediation:
    'Remove the public members (gcloud storage buckets remove-iam-policy-binding gs://<bucket> --member=allUsers --role=<role>, and the same for allAuthenticatedUsers), then enforce public access prevention (gcloud storage buckets update gs://<bucket> --public-access-prevention).',
  references: [
    'https://cloud.google.com/storage/docs/access-control/making-data-public',
    'https://cloud.google.com/storage/docs/public-access-prevention',
  ],
  sections: [SECTIONS.buckets],
  evaluate({ data }) {
    const outcomes = data.buckets.map((bucket): ControlOutcome => {
      const resource = bucketResource(bucket)
      const cloud = projectCloud(data, bucketRegion(bucket))
      // Enforced prevention makes Cloud Storage refuse public access whatever the policy still says.
      if (bucket.publicAccessPrevention === 'enforced')
        return {
          status: 'pass',
          detail: `gs://${bucket.name} enforces public access prevention.`,
          resource,
          cloud,
        }
      if (bucket.iamBindings === null)
        return collectionFailed(resource, cloud, [
          `IAM policy of gs://${bucket.name}: ${bucket.errors?.iamPolicy ?? 'not collected'}`,
        ])
      const grants = bucket.iamBindings.flatMap((binding) =>
        binding.members
          .filter((member) => PUBLIC_MEMBERS.has(member))
          .map((member) => `${member} ${binding.role}`),
      )
      if (grants.length > 0)
        return { status: 'fail', detail: `gs://${bucket.name} grants ${grants.join(', ')}.`, resource, cloud }
      return {
        status: 'pass',
        detail: `gs://${bucket.name} grants nothing to allUsers or allAuthenticatedUsers.`,
        resource,
        cloud,
      }
    })
    return orNotApplicable(outcomes, projectResource(data), projectCloud(data), 'The project has no buckets.')
  },
}

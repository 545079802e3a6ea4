/** 1.1: a personal Gmail account with access is outside the organisation's control: no offboarding, no MFA policy. */
import { isConsumerAccount } from '../iam-members.ts'
import { SECTIONS } from '../sections.ts'
import { type GcpControl, projectCloud, projectResource } from '../subject.ts'

export const corporateLoginCredentials: GcpControl = {
  id: '1.1',
  title: 'Ensure that Corporate Login Credentials are Used',
  severity: 'medium',
  attacks: ['T1078.004'],
  requirements: ['NIST CSF 2.0 PR.AA-01', 'NIST CSF 2.0 PR.AA-05', 'SOC 2 CC6.1', 'SOC 2 CC6.2'],
  remediation:
    "Remove every consumer account from the project's IAM policy (gcloud projects remove-iam-policy-binding <project> --member=user:<address> --role=<role>), grant the people corporate identities instead, and set the organisation policy constraint iam.allowedPolicyMemberDomains (Domain Restricted Sharing).",
  references: ['https://cloud.google.com/resource-manager/docs/organization-policy/restricting-domains'],
  sections: [SECTIONS.iamPolicy],
  evaluate({ data }) {
    const resource = projectResource(data)
    const cloud = projectCloud(data)
    if (data.iamPolicy === null)
      return [{ status: 'unknown', detail: 'The snapshot has no project IAM policy.', resource, cloud }]
    const consumer = new Set<string>()
    for (const binding of data.iamPolicy.bindings) {
      for (const member of binding.members) if (isConsumerAccount(member)) consumer.add(member)
    }
    if (consumer.size > 0)
      return [
        {
          status: 'fail',
          detail: `The project IAM policy grants roles to consumer accounts: ${[...consumer].join(', ')}.`,
          resource,
          cloud,
        },
      ]
    return [
      {
        status: 'pass',
        detail: 'The project IAM policy grants no role to a consumer account.',
        resource,
        cloud,
      },
    ]
  },
}

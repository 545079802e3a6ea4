/** 1.5: a workload's key or token with Owner, Editor or an admin role turns one compromised VM or app into the project. */
import type { ControlOutcome } from '#shared/posture/index.ts'
import { orNotApplicable } from '#shared/posture/index.ts'
import { isUserCreatedServiceAccount, rolesByMember, serviceAccountOf } from '../iam-members.ts'
import { SECTIONS } from '../sections.ts'
import {
  type GcpControl,
  memberServiceAccountResource,
  projectCloud,
  projectResource,
  serviceAccountResource,
} from '../subject.ts'

/** The basic roles that grant write on (nearly) everything. */
const BASIC_WRITE_ROLES = new Set(['roles/owner', 'roles/editor'])

/** The benchmark's rule: roles named `*Admin` or `*admin`, predefined or custom, besides Owner and Editor. */
export function isAdministrativeRole(role: string): boolean {
  if (BASIC_WRITE_ROLES.has(role)) return true
  return /admin/i.test(role.slice(role.lastIndexOf('/') + 1))
}

export const serviceAccountNotAdmin: GcpControl = {
  id: '1.5',
  title: 'Ensure That Service Account Has No Admin Privileges',
  severity: 'high',
  attacks: ['T1078.004', 'T1098'],
  requirements: ['NIST CSF 2.0 PR.AA-05', 'SOC 2 CC6.3'],
  remediation:
    'Replace the role with the narrowest predefined or custom role the workload needs: gcloud projects remove-iam-policy-binding <project> --member=serviceAccount:<email> --role=<role>, then add-iam-policy-binding with the narrower role.',
  references: ['https://cloud.google.com/iam/docs/service-account-overview#service-account-permissions'],
  sections: [SECTIONS.iamPolicy, SECTIONS.serviceAccounts],
  evaluate({ data }) {
    const cloud = projectCloud(data)
    const roles = rolesByMember(data.iamPolicy?.bindings ?? [])
    const adminRolesOf = new Map<string, string[]>()
    for (const [member, held] of roles) {
      const email = serviceAccountOf(member)
      if (email === undefined || !isUserCreatedServiceAccount(email)) continue
      adminRolesOf.set(email, held.filter(isAdministrativeRole))
    }
    const outcomes: ControlOutcome[] = []
    const judge = (email: string, resource: ControlOutcome['resource']): ControlOutcome => {
      const admin = adminRolesOf.get(email) ?? []
      if (admin.length > 0)
        return {
          status: 'fail',
          detail: `${email} holds ${admin.join(', ')} on the project.`,
          resource,
          cloud,
        }
      return {
        status: 'pass',
        detail: `${email} holds no Owner, Editor or admin role on the project.`,
        resource,
        cloud,
      }
    }
    const listed = new Set<string>()
    for (const account of data.serviceAccounts) {
      if (!isUserCreatedServiceAccount(account.email)) continue
      listed.add(account.email.toLowerCase())
      outcomes.push(judge(account.email.toLowerCase(), serviceAccountResource(data, account)))
    }
    // Service accounts of other projects granted roles here are as dangerous as the project's own.
    for (const email of adminRolesOf.keys()) {
      if (!listed.has(email)) outcomes.push(judge(email, memberServiceAccountResource(email)))
    }
    return orNotApplicable(
      outcomes,
      projectResource(data),
      cloud,
      'The project has no user-created service accounts.',
    )
  },
}

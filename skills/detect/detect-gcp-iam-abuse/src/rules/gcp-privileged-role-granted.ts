/**
 * An IAM policy that hands over control: a basic or IAM-administering role granted (owner, editor,
 * organization, folder or project IAM admin, token creator), access for a member of another
 * organisation, or access for anyone (allUsers, allAuthenticatedUsers), at organization, folder, project
 * or resource level. An ownership invitation to an outside address is the same grant, made by e-mail.
 */
import type { EventRule } from '#shared/detect/index.ts'
import { type GcpCall, gcpCallOf, parseMember } from '#shared/gcp/index.ts'
import { asString } from '#shared/json/index.ts'
import { type OcsfEvent, SEVERITY_IDS, type SeverityName } from '#shared/ocsf/index.ts'
import type { IamAbuseConfig } from '../config.ts'
import { PRIVILEGED_ROLES, PUBLIC_INVOKER_ROLES } from '../mappings/roles.ts'
import { isExternalMember } from '../members.ts'
import { policyChangeOf } from '../policy-changes.ts'

const STORAGE_SERVICE = 'storage.googleapis.com'
const OWNERSHIP_INVITE = 'insertprojectownershipinvite'

interface RiskyGrant {
  readonly role: string
  readonly member: string
  readonly why: readonly string[]
  readonly severity: SeverityName
}

interface RiskyChange {
  readonly call: GcpCall
  readonly grants: readonly RiskyGrant[]
  readonly inferred: boolean
}

function judge(role: string, member: string, call: GcpCall, config: IamAbuseConfig): RiskyGrant | undefined {
  const parsed = parseMember(member)
  const why: string[] = []
  const privileged = PRIVILEGED_ROLES.get(role)
  if (privileged !== undefined) why.push(privileged)
  // Public buckets and objects are gcp-storage-bucket-made-public's; public invokers publish a service.
  const isPublic =
    parsed.kind === 'public' && call.service !== STORAGE_SERVICE && !PUBLIC_INVOKER_ROLES.has(role)
  if (isPublic) why.push('open to anyone')
  const external = isExternalMember(parsed, call.caller, config)
  if (external) why.push('a member of another organisation')
  if (why.length === 0) return undefined
  let severity: SeverityName = 'medium'
  if (privileged !== undefined) severity = 'high'
  if (isPublic || (privileged !== undefined && external)) severity = 'critical'
  return { role, member, why, severity }
}

function riskyChangeOf(event: OcsfEvent, config: IamAbuseConfig): RiskyChange | undefined {
  const change = policyChangeOf(event)
  if (change !== undefined) {
    const grants: RiskyGrant[] = []
    for (const binding of change.added) {
      const grant = judge(binding.role, binding.member, change.call, config)
      if (grant !== undefined) grants.push(grant)
    }
    return grants.length > 0 ? { call: change.call, grants, inferred: change.inferred } : undefined
  }
  const call = gcpCallOf(event)
  if (call === undefined || !call.succeeded || call.verb !== OWNERSHIP_INVITE) return undefined
  // An invitation to an address of the organisation is granted later by SetIamPolicy, judged then.
  const member = asString(call.request?.member)
  if (member === undefined || !isExternalMember(parseMember(member), call.caller, config)) return undefined
  const grant = judge('roles/owner', member, call, config)
  return grant === undefined ? undefined : { call, grants: [grant], inferred: false }
}

function highest(grants: readonly RiskyGrant[]): SeverityName {
  let top: SeverityName = 'medium'
  for (const grant of grants) if (SEVERITY_IDS[grant.severity] > SEVERITY_IDS[top]) top = grant.severity
  return top
}

export const gcpPrivilegedRoleGranted: EventRule<IamAbuseConfig> = {
  id: 'gcp-privileged-role-granted',
  title: 'Privileged, external or public IAM grant',
  severity: 'high',
  attacks: ['T1098.003'],
  classUids: [6003],
  rationale:
    'Owner, editor and the IAM administrator roles let their holder do anything, or grant themselves anything, in their scope; a grant to an outside account or to everyone is a way back in that survives the loss of the stolen credential.',
  reference: 'https://stratus-red-team.cloud/attack-techniques/GCP/gcp.persistence.invite-external-user/',
  runbook:
    '1. Who granted what to whom, at which level (organization, folder, project, resource), and was it requested? 2. Remove the binding if not. 3. Review what the new member did since, and what else the granting principal changed.',
  falsePositives: [
    'project bootstrap and break-glass procedures that grant owner',
    'contractors or partners given access from their own domain (list your domains with --internal-domain)',
  ],
  match(event, config) {
    return riskyChangeOf(event, config) !== undefined
  },
  describe(event, config) {
    const change = riskyChangeOf(event, config)
    const caller = change?.call.caller.name ?? 'unknown caller'
    const target = change?.call.resource.uid ?? change?.call.scope ?? 'a resource'
    const grants = (change?.grants ?? []).map(
      (grant) => `${grant.role} to ${grant.member} (${grant.why.join('; ')})`,
    )
    const inferred =
      change?.inferred === true
        ? ' The entry has no binding deltas: the new policy holds these bindings.'
        : ''
    return {
      key: [caller, target],
      severity: highest(change?.grants ?? []),
      confidence: change?.inferred === true ? 'medium' : 'high',
      desc: `${caller} granted ${grants.join(', ')} on ${target}.${inferred}`,
    }
  },
}

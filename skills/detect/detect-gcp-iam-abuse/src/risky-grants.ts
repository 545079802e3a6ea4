/**
 * The grants of one audit entry that hand over control, each with why it matters and how badly: from a
 * SetIamPolicy's added bindings, or from an invitation to own a project.
 */
import { type GcpCall, gcpCallOf, parseMember } from '#shared/gcp/index.ts'
import { asString } from '#shared/json/index.ts'
import { type OcsfEvent, SEVERITY_IDS, type SeverityName } from '#shared/ocsf/index.ts'
import type { IamAbuseConfig } from './config.ts'
import { PRIVILEGED_ROLES, PUBLIC_INVOKER_ROLES } from './mappings/roles.ts'
import { isExternalMember } from './members.ts'
import { policyChangeOf } from './policy-changes.ts'

const STORAGE_SERVICE = 'storage.googleapis.com'
const OWNERSHIP_INVITE = 'insertprojectownershipinvite'

export interface RiskyGrant {
  readonly role: string
  readonly member: string
  readonly why: readonly string[]
  readonly severity: SeverityName
}

export interface RiskyChange {
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

export function riskyChangeOf(event: OcsfEvent, config: IamAbuseConfig): RiskyChange | undefined {
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

/** The gravest severity among the grants. */
export function highest(grants: readonly RiskyGrant[]): SeverityName {
  let top: SeverityName = 'medium'
  for (const grant of grants) if (SEVERITY_IDS[grant.severity] > SEVERITY_IDS[top]) top = grant.severity
  return top
}

/**
 * IAM policy changes as Cloud Audit Logs record them: SetIamPolicy writes what changed in serviceData
 * (`policyDelta.bindingDeltas` and `auditConfigDeltas`, google.iam.v1.PolicyDelta), and the request
 * carries the whole new policy. Members are typed principals (`user:`, `group:`, `serviceAccount:`,
 * `domain:`, `allUsers`, `principal://`...), read here into a kind and the domain that owns them.
 */
import { asArray, asObject, asString, asStrings, type JsonObject } from '../json/index.ts'

/** Members that stand for anyone on the internet, signed in to a Google account or not. */
export const PUBLIC_MEMBERS: ReadonlySet<string> = new Set(['allUsers', 'allAuthenticatedUsers'])

export interface BindingDelta {
  readonly action: 'ADD' | 'REMOVE'
  readonly role: string
  readonly member: string
}

export interface AuditConfigDelta {
  readonly action: 'ADD' | 'REMOVE'
  readonly service: string
  /** DATA_READ, DATA_WRITE or ADMIN_READ; absent for an exemption that covers every type. */
  readonly logType: string | undefined
  /** Set when the delta exempts one member from audit logging rather than turning a log type on or off. */
  readonly exemptedMember: string | undefined
}

export type MemberKind = 'public' | 'user' | 'group' | 'serviceAccount' | 'domain' | 'federated' | 'other'

export interface Member {
  readonly kind: MemberKind
  /** The member as the policy writes it. */
  readonly text: string
  /** Lower-cased: the part after `@` of an address, or a `domain:` member's domain. */
  readonly domain: string | undefined
}

function actionOf(value: unknown): 'ADD' | 'REMOVE' | undefined {
  return value === 'ADD' || value === 'REMOVE' ? value : undefined
}

/** The binding deltas of a SetIamPolicy's serviceData; undefined when the entry carries none. */
export function bindingDeltasOf(serviceData: JsonObject | undefined): BindingDelta[] | undefined {
  const raw = asArray(asObject(serviceData?.policyDelta)?.bindingDeltas)
  if (raw === undefined) return undefined
  const deltas: BindingDelta[] = []
  for (const item of raw) {
    const delta = asObject(item)
    const action = actionOf(delta?.action)
    const role = asString(delta?.role)
    const member = asString(delta?.member)
    if (action !== undefined && role !== undefined && member !== undefined)
      deltas.push({ action, role, member })
  }
  return deltas
}

export function auditConfigDeltasOf(serviceData: JsonObject | undefined): AuditConfigDelta[] {
  const deltas: AuditConfigDelta[] = []
  for (const item of asArray(asObject(serviceData?.policyDelta)?.auditConfigDeltas) ?? []) {
    const delta = asObject(item)
    const action = actionOf(delta?.action)
    const service = asString(delta?.service)
    if (action === undefined || service === undefined) continue
    deltas.push({
      action,
      service,
      logType: asString(delta?.logType),
      exemptedMember: asString(delta?.exemptedMember),
    })
  }
  return deltas
}

/**
 * The bindings of the policy a SetIamPolicy request sets, as ADD deltas: used only where the entry has
 * no serviceData, so what is new cannot be told from what was already there.
 */
export function requestedBindingsOf(request: JsonObject | undefined): BindingDelta[] {
  const bindings: BindingDelta[] = []
  for (const item of asArray(asObject(request?.policy)?.bindings) ?? []) {
    const binding = asObject(item)
    const role = asString(binding?.role)
    if (role === undefined) continue
    for (const member of asStrings(binding?.members)) bindings.push({ action: 'ADD', role, member })
  }
  return bindings
}

function domainOfAddress(address: string): string | undefined {
  const at = address.lastIndexOf('@')
  return at < 0 ? undefined : address.slice(at + 1).toLowerCase() || undefined
}

/** Reads a policy member; `deleted:` members (principals deleted since) keep their kind. */
export function parseMember(text: string): Member {
  if (PUBLIC_MEMBERS.has(text)) return { kind: 'public', text, domain: undefined }
  // Workload and workforce identity federation: the identity lives in another identity provider.
  if (text.startsWith('principal://') || text.startsWith('principalSet://'))
    return { kind: 'federated', text, domain: undefined }
  const bare = text.startsWith('deleted:') ? text.slice('deleted:'.length) : text
  const colon = bare.indexOf(':')
  // Some exports and hand-written policies drop the prefix of an address.
  if (colon < 0) return { kind: bare.includes('@') ? 'user' : 'other', text, domain: domainOfAddress(bare) }
  const prefix = bare.slice(0, colon)
  const value = bare.slice(colon + 1).split('?')[0] ?? ''
  if (prefix === 'domain') return { kind: 'domain', text, domain: value.toLowerCase() || undefined }
  if (prefix === 'user' || prefix === 'group' || prefix === 'serviceAccount')
    return { kind: prefix, text, domain: domainOfAddress(value) }
  return { kind: 'other', text, domain: undefined }
}

/** Whether a policy member belongs to another organisation than the one granting it access. */
import type { GcpCaller, Member } from '#shared/gcp/index.ts'
import type { IamAbuseConfig } from './config.ts'
import { CONSUMER_DOMAINS } from './mappings/consumer-domains.ts'

function belongsTo(domain: string, internal: ReadonlySet<string>): boolean {
  for (const own of internal) {
    if (domain === own || domain.endsWith(`.${own}`)) return true
  }
  return false
}

/**
 * True for a user, group or domain of another organisation. Service accounts all live under
 * gserviceaccount.com and federated identities under another identity provider, so neither is judged.
 */
export function isExternalMember(member: Member, caller: GcpCaller, config: IamAbuseConfig): boolean {
  if (member.kind !== 'user' && member.kind !== 'group' && member.kind !== 'domain') return false
  const domain = member.domain
  if (domain === undefined) return false
  if (CONSUMER_DOMAINS.has(domain)) return true
  if (config.internalDomains.size > 0) return !belongsTo(domain, config.internalDomains)
  // Without a configured list, the domain of a person granting access is the best evidence of "ours".
  if (caller.isServiceAccount || caller.email === undefined) return false
  const callerDomain = caller.email.slice(caller.email.lastIndexOf('@') + 1).toLowerCase()
  return domain !== callerDomain && !domain.endsWith(`.${callerDomain}`)
}

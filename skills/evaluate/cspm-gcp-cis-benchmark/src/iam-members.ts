/** IAM policy members as the bindings name them: `user:`, `group:`, `serviceAccount:`, `allUsers`... */
import type { Binding } from './snapshot.ts'

/**
 * Consumer Google accounts: personal Gmail addresses, under a domain no organisation controls, so
 * nobody can suspend them when their owner leaves, and their sign-in policy is not the company's.
 */
const CONSUMER_DOMAINS = new Set(['gmail.com', 'googlemail.com'])

/** The kinds of member that are people or their groups, and so can be consumer accounts. */
const PERSONAL_KINDS = new Set(['user', 'group'])

/** Anyone on the internet, and anyone with any Google account: both are public. */
export const PUBLIC_MEMBERS = new Set(['allUsers', 'allAuthenticatedUsers'])

function splitMember(member: string): { kind: string; id: string } {
  const colon = member.indexOf(':')
  return colon === -1
    ? { kind: member, id: '' }
    : { kind: member.slice(0, colon), id: member.slice(colon + 1) }
}

export function isConsumerAccount(member: string): boolean {
  const { kind, id } = splitMember(member)
  if (!PERSONAL_KINDS.has(kind)) return false
  const domain = id.slice(id.lastIndexOf('@') + 1).toLowerCase()
  return CONSUMER_DOMAINS.has(domain)
}

/** The service account a member names, or undefined for any other member. */
export function serviceAccountOf(member: string): string | undefined {
  const { kind, id } = splitMember(member)
  return kind === 'serviceAccount' ? id.toLowerCase() : undefined
}

/**
 * Service accounts users create are named NAME@PROJECT.iam.gserviceaccount.com; the benchmark's 1.5 covers
 * only those. Default and Google-managed ones (PROJECT_NUMBER-compute@developer.gserviceaccount.com,
 * PROJECT@appspot.gserviceaccount.com, service agents) are covered by the benchmark's section 4, or cannot
 * be changed by the customer.
 */
export function isUserCreatedServiceAccount(email: string): boolean {
  return email.toLowerCase().endsWith('.iam.gserviceaccount.com')
}

/** Every member granted each role, in policy order, duplicates removed. */
export function rolesByMember(bindings: readonly Binding[]): Map<string, string[]> {
  const roles = new Map<string, string[]>()
  for (const binding of bindings) {
    for (const member of binding.members) {
      const held = roles.get(member) ?? []
      if (!held.includes(binding.role)) held.push(binding.role)
      roles.set(member, held)
    }
  }
  return roles
}

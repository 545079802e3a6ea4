/**
 * Principals remediation never plans and never touches, whatever the input says: the plan leaves them
 * out with the reason, and apply refuses a plan that names one. Patterns are case-insensitive globs
 * where `*` stands for any run of characters.
 */
import type { Identity, IdentityRef } from './identity.ts'

/** Names no departure may remove, each with why. */
export const BUILT_IN_PROTECTED_PATTERNS: ReadonlyArray<{ pattern: string; why: string }> = [
  // The AWS account root user and any principal literally named root: losing it locks the account out.
  { pattern: 'root', why: 'the account root user' },
  // Emergency-access accounts exist for when identity providers fail; they belong to no one person.
  { pattern: 'break-glass-*', why: 'an emergency-access (break-glass) account' },
  { pattern: 'emergency-*', why: 'an emergency-access account' },
]

/** What protection needs to know about a principal beyond its names. */
export interface ProtectionFacts {
  /** It is a role, or holds an administrator role (Entra directory role, Workspace administrator). */
  readonly holdsRole?: boolean
}

/** An Entra user with a directory role, or a Workspace administrator, holds a role. */
export function protectionFactsOf(identity: Identity): ProtectionFacts {
  if (identity.provider === 'entra') return { holdsRole: identity.directory_roles.length > 0 }
  if (identity.provider === 'workspace') return { holdsRole: identity.is_admin }
  return {}
}

function globToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')
  return new RegExp(`^${escaped}$`, 'i')
}

/** The names a principal is known by: name, uid, email, and the local part of each address. */
function namesOf(ref: IdentityRef): string[] {
  const names = new Set<string>()
  for (const value of [ref.name, ref.uid, ref.email]) {
    if (value === undefined) continue
    names.add(value)
    const at = value.indexOf('@')
    if (at > 0) names.add(value.slice(0, at))
    const slash = value.lastIndexOf('/')
    if (slash >= 0) names.add(value.slice(slash + 1))
  }
  return [...names]
}

export class ProtectedPrincipals {
  private readonly patterns: ReadonlyArray<{ regex: RegExp; why: string }>

  /** `denyList` adds the organisation's own patterns (service owners, shared mailboxes...). */
  constructor(denyList: readonly string[] = []) {
    this.patterns = [
      ...BUILT_IN_PROTECTED_PATTERNS.map(({ pattern, why }) => ({ regex: globToRegExp(pattern), why })),
      ...denyList.map((pattern) => ({ regex: globToRegExp(pattern), why: `on the deny list (${pattern})` })),
    ]
  }

  /** Why the principal is protected, or undefined when it may be planned. */
  reasonFor(ref: IdentityRef, facts: ProtectionFacts = {}): string | undefined {
    if (/^arn:aws[a-z-]*:(iam|sts)::\d{12}:root$/.test(ref.uid)) return 'the account root user'
    if (/^arn:aws[a-z-]*:(iam::\d{12}:role|sts::\d{12}:assumed-role)\//.test(ref.uid)) return 'a role'
    if (facts.holdsRole === true) return 'holds an administrator role'
    for (const name of namesOf(ref)) {
      for (const { regex, why } of this.patterns) if (regex.test(name)) return why
    }
    return undefined
  }
}

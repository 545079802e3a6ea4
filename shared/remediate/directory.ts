/**
 * Where identities are looked up: a provider's live API or an inventory snapshot file, behind one
 * interface, with one set of matching rules so both give the same answer for the same identities.
 */
import type { Identity, IdentityRef, Provider } from './identity.ts'

/** What ties a departed person to an identity. */
export interface PersonKeys {
  readonly email?: string
  readonly employeeId?: string
}

export interface Candidate {
  readonly identity: Identity
  /** How it matched: `email`, `employee id`, `name is the email`, `mapping`. */
  readonly match: string
}

export interface IdentityDirectory {
  readonly provider: Provider
  /** The provider's identities that belong to the person. */
  find(person: PersonKeys): Promise<Candidate[]>
  /** One identity, fully read; undefined when it no longer exists. */
  read(ref: IdentityRef): Promise<Identity | undefined>
}

function sameText(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase()
}

/** How an identity matches a person, or undefined: by email, by an email-shaped name, by employee id. */
export function matchOf(
  identity: Pick<Identity, 'name' | 'email' | 'employee_id'>,
  person: PersonKeys,
): string | undefined {
  if (sameText(identity.email, person.email)) return 'email'
  if (sameText(identity.name, person.email)) return 'name is the email'
  if (identity.employee_id !== undefined && identity.employee_id === person.employeeId) return 'employee id'
  return undefined
}

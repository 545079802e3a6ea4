/**
 * An inventory snapshot: the identities of every provider as a JSON file, `{"identities": [...]}`, in the
 * shape the live readers return. Planning and re-verification run from it offline exactly as they do
 * against the live APIs, with the same matching rules.
 */
import { InputError } from '../errors/index.ts'
import { asArray, asObject } from '../json/index.ts'
import { type Candidate, type IdentityDirectory, matchOf, type PersonKeys } from './directory.ts'
import { Identity, type IdentityRef, identityKey, type Provider } from './identity.ts'

export function parseInventory(text: string, name: string): Identity[] {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new InputError(`${name}: not JSON: ${(error as Error).message}`)
  }
  const list = asArray(asObject(value)?.identities)
  if (list === undefined) throw new InputError(`${name}: expected {"identities": [...]}`)
  return list.map((item, index) => {
    const result = Identity.safeParse(item)
    if (!result.success) {
      const issue = result.error.issues[0]
      throw new InputError(
        `${name}: identity ${index + 1}: ${issue?.path.join('.') || 'identity'}: ${issue?.message}`,
      )
    }
    return result.data
  })
}

/** One directory per provider over the snapshot's identities. */
export function snapshotDirectories(
  identities: readonly Identity[],
  providers: readonly Provider[],
): IdentityDirectory[] {
  return providers.map((provider) => {
    const own = identities.filter((identity) => identity.provider === provider)
    const byKey = new Map(own.map((identity) => [identityKey(identity), identity]))
    return {
      provider,
      async find(person: PersonKeys): Promise<Candidate[]> {
        const candidates: Candidate[] = []
        for (const identity of own) {
          // Service accounts name no owner: like the live reader, only a mapping ties them to a person.
          if (identity.provider === 'gcp') continue
          const match = matchOf(identity, person)
          if (match !== undefined)
            candidates.push({
              identity,
              match: identity.provider === 'aws' && match === 'email' ? 'email tag' : match,
            })
        }
        return candidates
      },
      async read(ref: IdentityRef) {
        return byKey.get(identityKey(ref))
      },
    }
  })
}

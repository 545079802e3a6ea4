/**
 * The principals a role's trust policy lets assume it, from the policy document IAM returns (URL-encoded
 * JSON). Only Allow statements count; a bare account id means that account's root, as IAM reads it.
 * `*` (anyone), and federated identity providers (another party's users: a SAML IdP, GitHub Actions'
 * OIDC issuer) are outside the account; AWS service principals are not.
 */
import { asArray, asObject, asString, asStrings } from '#shared/json/index.ts'

export interface TrustedPrincipal {
  readonly uid: string
  readonly kind: 'AWS' | 'Service' | 'Federated' | 'CanonicalUser'
  /** The account of an AWS principal. */
  readonly account?: string
  readonly external: boolean
}

const ACCOUNT_ID = /^\d{12}$/

function accountOf(arn: string): string | undefined {
  return arn.split(':')[4] || undefined
}

function principalsOf(
  kind: TrustedPrincipal['kind'],
  values: string[],
  partition: string,
): TrustedPrincipal[] {
  return values.map((value) => {
    if (kind !== 'AWS') return { uid: value, kind, external: kind === 'Federated' }
    if (value === '*') return { uid: '*', kind, external: true }
    const uid = ACCOUNT_ID.test(value) ? `arn:${partition}:iam::${value}:root` : value
    return { uid, kind, account: accountOf(uid), external: false }
  })
}

export function trustedPrincipals(
  encodedDocument: string | undefined,
  partition: string,
): TrustedPrincipal[] {
  if (encodedDocument === undefined) return []
  let document: unknown
  try {
    document = JSON.parse(decodeURIComponent(encodedDocument))
  } catch {
    return []
  }
  const statements = asArray(asObject(document)?.Statement) ?? [asObject(document)?.Statement]
  const found: TrustedPrincipal[] = []
  for (const statement of statements) {
    const object = asObject(statement)
    if (object === undefined || asString(object.Effect) !== 'Allow') continue
    const principal = object.Principal
    if (principal === '*') {
      found.push({ uid: '*', kind: 'AWS', external: true })
      continue
    }
    const byKind = asObject(principal) ?? {}
    for (const kind of ['AWS', 'Service', 'Federated', 'CanonicalUser'] as const) {
      const value = byKind[kind]
      found.push(...principalsOf(kind, typeof value === 'string' ? [value] : asStrings(value), partition))
    }
  }
  return found
}

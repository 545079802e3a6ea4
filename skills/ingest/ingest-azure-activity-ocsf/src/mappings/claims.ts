/**
 * The Microsoft Entra ID token claims the Activity Log copies into `claims`, under the names it uses:
 * v1 tokens carry the long URI names, v2 tokens and some exports the short ones, so each is read both ways.
 */
export const CLAIMS = {
  upn: ['http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn', 'upn'],
  /** The signed-in name: a UPN for users, an email for guests. */
  uniqueName: ['http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name', 'unique_name'],
  email: ['http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress', 'email'],
  displayName: ['name'],
  objectId: ['http://schemas.microsoft.com/identity/claims/objectidentifier', 'oid'],
  appId: ['appid', 'azp'],
  tenantId: ['http://schemas.microsoft.com/identity/claims/tenantid', 'tid'],
  /** `app` for an application's own token (a service principal or managed identity). */
  identityType: ['idtyp'],
  /** How the user authenticated: `pwd`, `rsa`, `mfa`, comma-separated. */
  authMethods: ['http://schemas.microsoft.com/claims/authnmethodsreferences', 'amr'],
  issuer: ['iss'],
  /** The token's unique identifier: calls made with one token share it. */
  tokenId: ['uti'],
} as const satisfies Record<string, readonly string[]>

export type ClaimName = keyof typeof CLAIMS

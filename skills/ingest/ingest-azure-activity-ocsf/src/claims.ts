/** Reads Microsoft Entra ID token claims by their short or long names (see mappings/claims.ts). */
import { asString, type JsonObject } from '#shared/json/index.ts'
import { CLAIMS, type ClaimName } from './mappings/claims.ts'

export function claimOf(claims: JsonObject | undefined, name: ClaimName): string | undefined {
  if (claims === undefined) return undefined
  for (const key of CLAIMS[name]) {
    const value = asString(claims[key])?.trim()
    if (value !== undefined && value.length > 0) return value
  }
  return undefined
}

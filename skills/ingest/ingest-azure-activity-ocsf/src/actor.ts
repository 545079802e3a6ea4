/**
 * Who made the call: the caller's token claims (UPN, object id, application id), the token itself (issuer,
 * id, whether MFA was used), and the authorization behind the call: the Azure RBAC role assignment that
 * allowed it, and the Azure Policy effects applied to it.
 */
import {
  asArray,
  asObject,
  asString,
  compact,
  compactOrOmit,
  type JsonObject,
  path,
} from '#shared/json/index.ts'
import type { Actor, Authorization, User } from '#shared/ocsf/index.ts'
import { claimOf } from './claims.ts'

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function userTypeOf(
  claims: JsonObject | undefined,
  name: string | undefined,
): Pick<User, 'type_id' | 'type'> | undefined {
  if (claimOf(claims, 'identityType') === 'app') return { type_id: 4, type: 'Service' }
  if (name?.includes('@') === true) return { type_id: 1, type: 'User' }
  // An application's token has an app id and no user name: a service principal or managed identity.
  if (claimOf(claims, 'appId') !== undefined) return { type_id: 4, type: 'Service' }
  return undefined
}

/**
 * The principal whose role assignment allowed the call, when that assignment is the caller's own (a user's
 * or a service principal's; a group's assignment names the group, not the caller).
 */
function evidencePrincipalOf(event: JsonObject): Pick<User, 'uid' | 'type_id' | 'type'> | undefined {
  const evidence = asObject(path(event, 'authorization', 'evidence'))
  const principalId = asString(evidence?.principalId)
  const principalType = asString(evidence?.principalType)?.toLowerCase()
  if (principalId === undefined) return undefined
  if (principalType === 'user') return { uid: principalId, type_id: 1, type: 'User' }
  if (principalType === 'serviceprincipal') return { uid: principalId, type_id: 4, type: 'Service' }
  return undefined
}

/** `caller` is the UPN, or the object or application id of a service principal; a GUID is an id, not a name. */
export function userOf(event: JsonObject): User {
  const claims = asObject(event.claims)
  const upn = claimOf(claims, 'upn') ?? claimOf(claims, 'uniqueName')
  const caller = asString(event.caller)
  const callerId = caller !== undefined && GUID.test(caller) ? caller : undefined
  const name = upn ?? (callerId === undefined ? caller : undefined) ?? claimOf(claims, 'email')
  const uid = claimOf(claims, 'objectId') ?? callerId
  const evidencePrincipal = evidencePrincipalOf(event)
  if (name === undefined && uid === undefined) {
    return evidencePrincipal === undefined
      ? { name: 'unknown' }
      : { name: evidencePrincipal.uid, ...evidencePrincipal }
  }
  return compact({
    name: name ?? uid,
    uid,
    display_name: claimOf(claims, 'displayName'),
    ...userTypeOf(claims, name),
  })
}

function sessionOf(claims: JsonObject | undefined) {
  const methods = claimOf(claims, 'authMethods')
  return compactOrOmit({
    uid: claimOf(claims, 'tokenId'),
    issuer: claimOf(claims, 'issuer'),
    is_mfa: methods === undefined ? undefined : methods.split(/[\s,]+/).includes('mfa'),
  })
}

/**
 * The RBAC check: the action on the scope, and, where the diagnostic schema gives its evidence, the role
 * assignment and role that granted it. A failed call whose error is AuthorizationFailed was denied.
 */
function rbacAuthorizationOf(event: JsonObject, errorCode: string | undefined): Authorization | undefined {
  const authorization = asObject(event.authorization)
  const action = asString(authorization?.action)
  if (action === undefined) return undefined
  const evidence = asObject(authorization?.evidence)
  const scope = asString(authorization?.scope)
  const role = asString(evidence?.role)
  let decision: string | undefined
  if (errorCode === 'AuthorizationFailed') decision = 'forbid'
  else if (evidence !== undefined) decision = 'allow'
  return compact({
    decision,
    policy: compact({
      name: role ?? action,
      uid: asString(evidence?.roleAssignmentId),
      type: 'Azure RBAC',
      desc: `${action}${scope === undefined ? '' : ` at ${scope}`}`,
    }),
  })
}

function parsePolicies(text: unknown): unknown[] {
  if (typeof text !== 'string') return asArray(text) ?? []
  try {
    return asArray(JSON.parse(text)) ?? []
  } catch {
    return []
  }
}

/** Azure Policy effects (Policy category): a Deny refused the request, any other effect let it through. */
function policyAuthorizationsOf(properties: JsonObject): Authorization[] {
  const authorizations: Authorization[] = []
  for (const policy of parsePolicies(properties.policies)) {
    const name =
      asString(path(policy, 'policyDefinitionName')) ?? asString(path(policy, 'policyDefinitionDisplayName'))
    const uid = asString(path(policy, 'policyDefinitionId'))
    if (name === undefined && uid === undefined) continue
    const effect = asString(path(policy, 'policyDefinitionEffect'))
    authorizations.push({
      decision: effect?.toLowerCase() === 'deny' ? 'forbid' : 'allow',
      policy: compact({
        name: name ?? uid,
        uid,
        type: 'Azure Policy',
        desc: effect === undefined ? undefined : `effect ${effect}`,
      }),
    })
  }
  return authorizations
}

export function actorOf(event: JsonObject, properties: JsonObject, errorCode: string | undefined): Actor {
  const claims = asObject(event.claims)
  const authorizations: Authorization[] = []
  const rbac = rbacAuthorizationOf(event, errorCode)
  if (rbac !== undefined) authorizations.push(rbac)
  authorizations.push(...policyAuthorizationsOf(properties))
  return compact({
    user: userOf(event),
    session: sessionOf(claims),
    app_uid: claimOf(claims, 'appId'),
    authorizations: authorizations.length > 0 ? authorizations : undefined,
  })
}

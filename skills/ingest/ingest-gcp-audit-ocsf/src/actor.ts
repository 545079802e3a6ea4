/**
 * Who made the call, from AuthenticationInfo and AuthorizationInfo: the principal, the service-account
 * key it used, the chain of principals that delegated to a service account, and each permission check.
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
import { PRINCIPAL_USER_TYPE, principalKind } from '#shared/k8s/index.ts'
import type { Actor, Authorization, User } from '#shared/ocsf/index.ts'

const SERVICE_ACCOUNT_DOMAIN = '.gserviceaccount.com'

/**
 * OCSF's email_t pattern, without `/`: a principal that is not an address (a Kubernetes user, a workforce
 * identity such as `//iam.googleapis.com/locations/global/workforcePools/p/subject/a@example.com`, a typo)
 * is a name only.
 */
const EMAIL_ADDRESS = /^[a-zA-Z0-9!#$%&'*+,\-.=?^_`{|}~]+@[a-zA-Z0-9-]+\.[a-zA-Z0-9-.]+$/

/** GKE principals are Kubernetes usernames (`system:serviceaccount:ns:name`); the rest are Google identities. */
function userTypeOf(principal: string): Pick<User, 'type_id' | 'type'> | undefined {
  if (principal.startsWith('system:')) return PRINCIPAL_USER_TYPE[principalKind(principal)]
  if (principal.endsWith(SERVICE_ACCOUNT_DOMAIN)) return { type_id: 4, type: 'Service' }
  if (principal.includes('@')) return { type_id: 1, type: 'User' }
  return undefined
}

function userOf(authentication: JsonObject | undefined): User {
  const email = asString(authentication?.principalEmail)
  const subject = asString(authentication?.principalSubject)
  const principal = email ?? subject
  // Anonymous calls (public objects) and principals Google withholds for privacy carry no identity.
  if (principal === undefined) return { name: 'unknown' }
  return compact({
    name: principal,
    uid: subject,
    email_addr: email !== undefined && EMAIL_ADDRESS.test(email) ? email : undefined,
    ...userTypeOf(principal),
  })
}

/** One link of serviceAccountDelegationInfo: a Google principal, a federated subject, or third-party claims. */
function delegatorOf(link: unknown): string | undefined {
  return (
    asString(path(link, 'firstPartyPrincipal', 'principalEmail')) ??
    asString(path(link, 'principalSubject')) ??
    asString(path(link, 'thirdPartyPrincipal', 'thirdPartyClaims', 'email')) ??
    asString(path(link, 'thirdPartyPrincipal', 'thirdPartyClaims', 'sub'))
  )
}

/** The principals that delegated to the calling service account, in the order the delegations happened. */
export function delegationChainOf(authentication: JsonObject | undefined): string[] {
  const chain: string[] = []
  for (const link of asArray(authentication?.serviceAccountDelegationInfo) ?? []) {
    const delegator = delegatorOf(link)
    if (delegator !== undefined) chain.push(delegator)
  }
  return chain
}

/**
 * The credential behind the call: the service-account key it was signed with (credential_uid), and, when
 * a service account acted for someone else, the principal at the start of the delegation chain (issuer),
 * the identity that obtained the service account's credentials.
 */
function sessionOf(authentication: JsonObject | undefined) {
  return compactOrOmit({
    issuer: delegationChainOf(authentication)[0],
    credential_uid: asString(authentication?.serviceAccountKeyName),
  })
}

function decisionOf(granted: unknown): string | undefined {
  if (granted === true) return 'allow'
  if (granted === false) return 'forbid'
  return undefined
}

/** Each IAM permission check, and each organization policy the call violated. */
function authorizationsOf(auditLog: JsonObject): Authorization[] {
  const authorizations: Authorization[] = []
  for (const item of asArray(auditLog.authorizationInfo) ?? []) {
    const permission = asString(path(item, 'permission'))
    if (permission === undefined) continue
    const resource = asString(path(item, 'resource'))
    authorizations.push(
      compact({
        decision: decisionOf(path(item, 'granted')),
        policy: compact({
          name: permission,
          type: 'IAM permission',
          desc: resource === undefined ? undefined : `on ${resource}`,
        }),
      }),
    )
  }
  const violations = asArray(path(auditLog, 'policyViolationInfo', 'orgPolicyViolationInfo', 'violationInfo'))
  for (const violation of violations ?? []) {
    const constraint = asString(path(violation, 'constraint'))
    if (constraint === undefined) continue
    authorizations.push({
      decision: 'forbid',
      policy: compact({
        name: constraint,
        type: 'Organization Policy',
        desc: asString(path(violation, 'errorMessage')),
      }),
    })
  }
  return authorizations
}

export function actorOf(auditLog: JsonObject): Actor {
  const authentication = asObject(auditLog.authenticationInfo)
  const authorizations = authorizationsOf(auditLog)
  return compact({
    user: userOf(authentication),
    session: sessionOf(authentication),
    app_uid: asString(path(authentication, 'oauthInfo', 'oauthClientId')),
    authorizations: authorizations.length > 0 ? authorizations : undefined,
  })
}

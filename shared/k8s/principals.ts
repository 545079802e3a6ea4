/**
 * Kubernetes principals as the API server names them. Ingest classifies users with these and
 * detectors and posture checks read the classification back, so both sides agree on who is who.
 */

const SERVICE_ACCOUNT_PREFIX = 'system:serviceaccount:'

export interface ServiceAccountName {
  readonly namespace: string
  readonly name: string
}

/** `system:serviceaccount:<namespace>:<name>` split into its parts, or undefined for any other user. */
export function parseServiceAccount(username: string | undefined): ServiceAccountName | undefined {
  if (username === undefined || !username.startsWith(SERVICE_ACCOUNT_PREFIX)) return undefined
  const rest = username.slice(SERVICE_ACCOUNT_PREFIX.length)
  const separator = rest.indexOf(':')
  if (separator <= 0 || separator === rest.length - 1) return undefined
  return { namespace: rest.slice(0, separator), name: rest.slice(separator + 1) }
}

export function serviceAccountUsername(namespace: string, name: string): string {
  return `${SERVICE_ACCOUNT_PREFIX}${namespace}:${name}`
}

/** Control-plane identities: nodes and the built-in controllers and components. */
export function isSystemComponent(username: string | undefined): boolean {
  if (username === undefined) return false
  if (username.startsWith('system:node:') || username.startsWith('system:kube-')) return true
  return username === 'system:apiserver' || username === 'system:volume-scheduler'
}

/** Service accounts of kube-system and other control-plane namespaces run the cluster itself. */
export const CONTROL_PLANE_NAMESPACES: ReadonlySet<string> = new Set([
  'kube-system',
  'kube-node-lease',
  'kube-public',
])

/** Groups whose members hold cluster-admin by construction. */
export const CLUSTER_ADMIN_GROUPS: ReadonlySet<string> = new Set(['system:masters'])

export const ANONYMOUS_USERNAME = 'system:anonymous'

export type PrincipalKind = 'service-account' | 'system' | 'anonymous' | 'user'

export function principalKind(username: string | undefined): PrincipalKind {
  if (parseServiceAccount(username) !== undefined) return 'service-account'
  if (username === ANONYMOUS_USERNAME) return 'anonymous'
  if (isSystemComponent(username)) return 'system'
  return 'user'
}

/** OCSF user.type_id and caption for each kind: Service, System, Other, User. */
export const PRINCIPAL_USER_TYPE: Readonly<Record<PrincipalKind, { type_id: 1 | 3 | 4 | 99; type: string }>> =
  {
    'service-account': { type_id: 4, type: 'Service' },
    system: { type_id: 3, type: 'System' },
    anonymous: { type_id: 99, type: 'Anonymous' },
    user: { type_id: 1, type: 'User' },
  }

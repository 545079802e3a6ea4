/**
 * Microsoft Entra ID users through Microsoft Graph v1.0, read-only: a filtered lookup per person (mail,
 * user principal name or employee id), then the user's sign-in state, group and directory-role
 * memberships, and app role assignments.
 */
import { type Candidate, type IdentityDirectory, matchOf, type PersonKeys } from './directory.ts'
import type { EntraUser, IdentityRef } from './identity.ts'
import { readWithRetry } from './read-call.ts'
import type { RestClient } from './rest-client.ts'
import type { RetryPolicy } from './retry.ts'

export const GRAPH_URL = 'https://graph.microsoft.com'

const USER_FIELDS = 'id,userPrincipalName,mail,employeeId,accountEnabled,createdDateTime,signInActivity'
const CREDENTIALS_HINT =
  'GRAPH_ACCESS_TOKEN, or AZURE_TENANT_ID with AZURE_CLIENT_ID and a secret or certificate'

interface GraphUser {
  id?: string
  userPrincipalName?: string
  mail?: string | null
  employeeId?: string | null
  accountEnabled?: boolean
  createdDateTime?: string | null
  signInActivity?: {
    lastSignInDateTime?: string | null
    lastNonInteractiveSignInDateTime?: string | null
  } | null
}

interface GraphPage<T> {
  value?: T[]
  '@odata.nextLink'?: string
}

interface DirectoryObject {
  '@odata.type'?: string
  id?: string
  displayName?: string | null
}

interface AppRoleAssignment {
  id?: string
  principalId?: string
  principalType?: string
}

/** OData string literals double their single quotes. */
function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`
}

function latest(...times: Array<string | null | undefined>): string | undefined {
  let result: string | undefined
  for (const time of times)
    if (typeof time === 'string' && (result === undefined || time > result)) result = time
  return result
}

export interface EntraDirectoryOptions {
  readonly graph: RestClient
  readonly retry: RetryPolicy
  /** The tenant id, recorded as each user's account. */
  readonly tenant?: string
}

export function createEntraDirectory(options: EntraDirectoryOptions): IdentityDirectory {
  const { graph, retry } = options

  function call<T>(operation: string, permission: string, read: () => Promise<T>): Promise<T> {
    return readWithRetry(
      { service: 'Microsoft Graph', operation, permission, credentialsHint: CREDENTIALS_HINT },
      read,
      retry,
    )
  }

  async function allPages<T>(operation: string, permission: string, path: string): Promise<T[]> {
    const items: T[] = []
    let next: string | undefined = path
    while (next !== undefined) {
      const url: string = next
      const page = await call(operation, permission, () => graph.request<GraphPage<T>>('GET', url))
      items.push(...(page?.value ?? []))
      next = page?.['@odata.nextLink']
    }
    return items
  }

  function toUser(
    user: GraphUser,
    memberships: DirectoryObject[],
    assignments: AppRoleAssignment[],
  ): EntraUser {
    const groups: EntraUser['groups'] = []
    const roles: string[] = []
    for (const member of memberships) {
      if (member.id === undefined) continue
      if (member['@odata.type'] === '#microsoft.graph.directoryRole')
        roles.push(member.displayName ?? member.id)
      else if (member['@odata.type'] === '#microsoft.graph.group')
        groups.push({ id: member.id, name: member.displayName ?? undefined })
    }
    return {
      provider: 'entra',
      kind: 'entra-user',
      uid: user.id as string,
      name: user.userPrincipalName ?? (user.id as string),
      account: options.tenant,
      email: user.mail ?? undefined,
      employee_id: user.employeeId ?? undefined,
      enabled: user.accountEnabled !== false,
      created_time: user.createdDateTime ?? undefined,
      last_used_time: latest(
        user.signInActivity?.lastSignInDateTime,
        user.signInActivity?.lastNonInteractiveSignInDateTime,
      ),
      groups,
      directory_roles: roles,
      // Assignments inherited through a group are the group's; only the user's own are removed.
      app_role_assignments: assignments
        .filter((assignment) => assignment.principalId === user.id && assignment.id !== undefined)
        .map((assignment) => assignment.id as string),
    }
  }

  async function read(ref: IdentityRef): Promise<EntraUser | undefined> {
    const id = encodeURIComponent(ref.uid)
    const user = await call('GET /users/{id}', 'User.Read.All, AuditLog.Read.All', () =>
      graph.getIfExists<GraphUser>(`/v1.0/users/${id}`, { query: { $select: USER_FIELDS } }),
    )
    if (user?.id === undefined) return undefined
    const memberships = await allPages<DirectoryObject>(
      'GET /users/{id}/memberOf',
      'GroupMember.Read.All, RoleManagement.Read.Directory',
      `/v1.0/users/${id}/memberOf?$select=id,displayName`,
    )
    const assignments = await allPages<AppRoleAssignment>(
      'GET /users/{id}/appRoleAssignments',
      'Directory.Read.All',
      `/v1.0/users/${id}/appRoleAssignments`,
    )
    return toUser(user, memberships, assignments)
  }

  return {
    provider: 'entra',
    async find(person: PersonKeys): Promise<Candidate[]> {
      const clauses: string[] = []
      if (person.email !== undefined) {
        clauses.push(
          `mail eq ${odataString(person.email)}`,
          `userPrincipalName eq ${odataString(person.email)}`,
        )
      }
      if (person.employeeId !== undefined) clauses.push(`employeeId eq ${odataString(person.employeeId)}`)
      if (clauses.length === 0) return []
      // employeeId is filterable only as an advanced query: ConsistencyLevel eventual with $count.
      const path = `/v1.0/users?$filter=${encodeURIComponent(clauses.join(' or '))}&$count=true&$select=id,userPrincipalName,mail,employeeId`
      const found = await call('GET /users', 'User.Read.All', async () => {
        const users: GraphUser[] = []
        let next: string | undefined = path
        while (next !== undefined) {
          const page: GraphPage<GraphUser> | undefined = await graph.request<GraphPage<GraphUser>>(
            'GET',
            next,
            {
              headers: { ConsistencyLevel: 'eventual' },
            },
          )
          users.push(...(page?.value ?? []))
          next = page?.['@odata.nextLink']
        }
        return users
      })
      const candidates: Candidate[] = []
      for (const listed of found) {
        const match = matchOf(
          {
            name: listed.userPrincipalName ?? '',
            email: listed.mail ?? undefined,
            employee_id: listed.employeeId ?? undefined,
          },
          person,
        )
        if (match === undefined || listed.id === undefined) continue
        const identity = await read({ provider: 'entra', uid: listed.id })
        if (identity !== undefined) candidates.push({ identity, match })
      }
      return candidates
    },
    read,
  }
}

/**
 * A loopback Microsoft Graph v1.0: users with $filter (mail, userPrincipalName, employeeId; the last only
 * with ConsistencyLevel: eventual, as Graph requires), memberOf and appRoleAssignments paged one item at a
 * time through @odata.nextLink, and the offboarding writes.
 */
import { type JsonCall, JsonLoopbackServer, type JsonReply, type Route } from './json-server.ts'

export interface FakeGraphUser {
  id: string
  userPrincipalName: string
  mail?: string
  employeeId?: string
  accountEnabled: boolean
  createdDateTime: string
  lastSignInDateTime?: string
  groups?: Array<{ id: string; displayName: string }>
  directoryRoles?: string[]
  appRoleAssignments?: Array<{ id: string; principalId: string }>
}

export class GraphLoopbackServer extends JsonLoopbackServer {
  readonly users = new Map<string, FakeGraphUser>()
  revoked: string[] = []
  origin = ''

  addUser(user: FakeGraphUser): void {
    this.users.set(user.id, structuredClone(user))
  }

  override async start(): Promise<string> {
    this.origin = await super.start()
    return this.origin
  }

  protected errorBody(_status: number, code: string, message: string): unknown {
    return { error: { code, message, innerError: { 'request-id': 'b0e0e0e0-0000-4000-8000-000000000000' } } }
  }

  private page(call: JsonCall, items: unknown[]): JsonReply {
    const skip = Number(call.query.get('$skiptoken') ?? '0')
    const body: Record<string, unknown> = { value: items.slice(skip, skip + 1) }
    if (skip + 1 < items.length) {
      const next = new URL(`${this.origin}/v1.0${call.path.replace(/^\/v1\.0/, '')}`)
      for (const [name, value] of call.query) if (name !== '$skiptoken') next.searchParams.set(name, value)
      next.searchParams.set('$skiptoken', String(skip + 1))
      body['@odata.nextLink'] = next.toString()
    }
    return { status: 200, body }
  }

  private userOr404(id: string): FakeGraphUser | JsonReply {
    return (
      this.users.get(id) ?? this.error(404, 'Request_ResourceNotFound', `Resource '${id}' does not exist.`)
    )
  }

  protected routes(): Array<[string, RegExp, Route]> {
    const withUser =
      (route: (user: FakeGraphUser, call: JsonCall, match: RegExpExecArray) => JsonReply): Route =>
      (call, match) => {
        const user = this.userOr404(match[1] as string)
        return 'status' in user ? user : route(user, call, match)
      }
    return [
      [
        'GET',
        /^\/v1\.0\/users$/,
        (call) => {
          const filter = call.query.get('$filter') ?? ''
          if (
            filter.includes('employeeId') &&
            (call.headers.consistencylevel !== 'eventual' || call.query.get('$count') !== 'true')
          ) {
            return this.error(
              400,
              'Request_UnsupportedQuery',
              "Unsupported or invalid query filter clause specified for property 'employeeId'.",
            )
          }
          const clauses = [...filter.matchAll(/(\w+) eq '((?:[^']|'')*)'/g)].map(([, field, value]) => [
            field,
            (value as string).replace(/''/g, "'"),
          ])
          const matches = [...this.users.values()].filter((user) =>
            clauses.some(
              ([field, value]) =>
                String((user as unknown as Record<string, unknown>)[field as string] ?? '').toLowerCase() ===
                value?.toLowerCase(),
            ),
          )
          return this.page(
            call,
            matches.map((user) => ({
              id: user.id,
              userPrincipalName: user.userPrincipalName,
              mail: user.mail ?? null,
              employeeId: user.employeeId ?? null,
            })),
          )
        },
      ],
      [
        'GET',
        /^\/v1\.0\/users\/([^/]+)$/,
        withUser((user) => ({
          status: 200,
          body: {
            id: user.id,
            userPrincipalName: user.userPrincipalName,
            mail: user.mail ?? null,
            employeeId: user.employeeId ?? null,
            accountEnabled: user.accountEnabled,
            createdDateTime: user.createdDateTime,
            signInActivity: {
              lastSignInDateTime: user.lastSignInDateTime ?? null,
              lastNonInteractiveSignInDateTime: null,
            },
          },
        })),
      ],
      [
        'GET',
        /^\/v1\.0\/users\/([^/]+)\/memberOf$/,
        withUser((user, call) =>
          this.page(call, [
            ...(user.groups ?? []).map((group) => ({ '@odata.type': '#microsoft.graph.group', ...group })),
            ...(user.directoryRoles ?? []).map((role) => ({
              '@odata.type': '#microsoft.graph.directoryRole',
              id: `role-${role}`,
              displayName: role,
            })),
          ]),
        ),
      ],
      [
        'GET',
        /^\/v1\.0\/users\/([^/]+)\/appRoleAssignments$/,
        withUser((user, call) =>
          this.page(
            call,
            (user.appRoleAssignments ?? []).map((assignment) => ({
              ...assignment,
              principalType: assignment.principalId === user.id ? 'User' : 'Group',
            })),
          ),
        ),
      ],
      [
        'POST',
        /^\/v1\.0\/users\/([^/]+)\/revokeSignInSessions$/,
        withUser((user) => {
          this.revoked.push(user.id)
          return {
            status: 200,
            body: { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#Edm.Boolean', value: true },
          }
        }),
      ],
      [
        'DELETE',
        /^\/v1\.0\/groups\/([^/]+)\/members\/([^/]+)\/\$ref$/,
        (_call, match) => {
          const user = this.users.get(match[2] as string)
          const index = user?.groups?.findIndex((group) => group.id === match[1]) ?? -1
          if (user === undefined || index === -1)
            return this.error(404, 'Request_ResourceNotFound', 'Resource does not exist.')
          user.groups?.splice(index, 1)
          return { status: 204 }
        },
      ],
      [
        'DELETE',
        /^\/v1\.0\/users\/([^/]+)\/appRoleAssignments\/([^/]+)$/,
        withUser((user, _call, match) => {
          const index = user.appRoleAssignments?.findIndex((assignment) => assignment.id === match[2]) ?? -1
          if (index === -1) return this.error(404, 'Request_ResourceNotFound', 'Resource does not exist.')
          user.appRoleAssignments?.splice(index, 1)
          return { status: 204 }
        }),
      ],
      [
        'PATCH',
        /^\/v1\.0\/users\/([^/]+)$/,
        withUser((user, call) => {
          const body = call.body as { accountEnabled?: boolean }
          if (typeof body.accountEnabled === 'boolean') user.accountEnabled = body.accountEnabled
          return { status: 204 }
        }),
      ],
      [
        'DELETE',
        /^\/v1\.0\/users\/([^/]+)$/,
        withUser((user) => {
          this.users.delete(user.id)
          return { status: 204 }
        }),
      ],
    ]
  }
}

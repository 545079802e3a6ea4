/**
 * A loopback for the three Google REST APIs remediation calls, on one port: IAM v1 service accounts and
 * keys, Resource Manager v3 project IAM policies (setIamPolicy refuses a stale etag with 409 ABORTED),
 * and the Admin SDK Directory API users.
 */
import { type JsonCall, JsonLoopbackServer, type JsonReply, type Route } from './json-server.ts'

export interface FakeServiceAccount {
  email: string
  projectId: string
  disabled: boolean
  keys: Array<{ id: string; validAfterTime: string }>
}

export interface FakeWorkspaceUser {
  id: string
  primaryEmail: string
  suspended: boolean
  isAdmin?: boolean
  creationTime: string
  lastLoginTime: string
  customerId: string
  externalIds?: Array<{ type: string; value: string }>
}

export interface FakePolicy {
  version: number
  etag: string
  bindings: Array<{ role: string; members: string[] }>
}

export class GoogleLoopbackServer extends JsonLoopbackServer {
  readonly serviceAccounts = new Map<string, FakeServiceAccount>()
  readonly workspaceUsers = new Map<string, FakeWorkspaceUser>()
  readonly policies = new Map<string, FakePolicy>()
  private etags = 0

  addServiceAccount(account: FakeServiceAccount): void {
    this.serviceAccounts.set(account.email, structuredClone(account))
  }

  addWorkspaceUser(user: FakeWorkspaceUser): void {
    this.workspaceUsers.set(user.id, structuredClone(user))
  }

  setPolicy(project: string, bindings: FakePolicy['bindings']): void {
    this.etags += 1
    this.policies.set(project, { version: 1, etag: `BwY${this.etags}`, bindings: structuredClone(bindings) })
  }

  protected errorBody(status: number, code: string, message: string): unknown {
    const statuses: Record<number, string> = {
      400: 'INVALID_ARGUMENT',
      401: 'UNAUTHENTICATED',
      403: 'PERMISSION_DENIED',
      404: 'NOT_FOUND',
      409: 'ABORTED',
      429: 'RESOURCE_EXHAUSTED',
      500: 'INTERNAL',
    }
    return { error: { code: status, message: `${code}: ${message}`, status: statuses[status] ?? 'UNKNOWN' } }
  }

  private account(email: string): FakeServiceAccount | JsonReply {
    return this.serviceAccounts.get(email) ?? this.error(404, 'NOT_FOUND', `Unknown service account ${email}`)
  }

  private workspaceUser(key: string): FakeWorkspaceUser | undefined {
    return (
      this.workspaceUsers.get(key) ??
      [...this.workspaceUsers.values()].find((user) => user.primaryEmail === key)
    )
  }

  protected routes(): Array<[string, RegExp, Route]> {
    const withAccount =
      (route: (account: FakeServiceAccount, call: JsonCall, match: RegExpExecArray) => JsonReply): Route =>
      (call, match) => {
        const account = this.account(match[1] as string)
        return 'status' in account ? account : route(account, call, match)
      }
    return [
      [
        'GET',
        /^\/v1\/projects\/-\/serviceAccounts\/([^/:]+)$/,
        withAccount((account) => ({
          status: 200,
          body: {
            name: `projects/${account.projectId}/serviceAccounts/${account.email}`,
            projectId: account.projectId,
            email: account.email,
            disabled: account.disabled,
          },
        })),
      ],
      [
        'GET',
        /^\/v1\/projects\/-\/serviceAccounts\/([^/:]+)\/keys$/,
        withAccount((account, call) => {
          if (call.query.get('keyTypes') !== 'USER_MANAGED')
            return this.error(400, 'INVALID_ARGUMENT', 'expected keyTypes=USER_MANAGED')
          return {
            status: 200,
            body: {
              keys: account.keys.map((key) => ({
                name: `projects/${account.projectId}/serviceAccounts/${account.email}/keys/${key.id}`,
                validAfterTime: key.validAfterTime,
                keyType: 'USER_MANAGED',
              })),
            },
          }
        }),
      ],
      [
        'POST',
        /^\/v1\/projects\/-\/serviceAccounts\/([^/:]+):disable$/,
        withAccount((account) => {
          account.disabled = true
          return { status: 200, body: {} }
        }),
      ],
      [
        'DELETE',
        /^\/v1\/projects\/[^/]+\/serviceAccounts\/([^/:]+)\/keys\/([^/]+)$/,
        withAccount((account, _call, match) => {
          const index = account.keys.findIndex((key) => key.id === match[2])
          if (index === -1) return this.error(404, 'NOT_FOUND', 'Unknown key')
          account.keys.splice(index, 1)
          return { status: 200, body: {} }
        }),
      ],
      [
        'DELETE',
        /^\/v1\/projects\/-\/serviceAccounts\/([^/:]+)$/,
        withAccount((account) => {
          this.serviceAccounts.delete(account.email)
          return { status: 200, body: {} }
        }),
      ],
      [
        'POST',
        /^\/v3\/projects\/([^/:]+):getIamPolicy$/,
        (call, match) => {
          if (
            (call.body as { options?: { requestedPolicyVersion?: number } })?.options
              ?.requestedPolicyVersion !== 3
          )
            return this.error(400, 'INVALID_ARGUMENT', 'ask for version 3')
          const policy = this.policies.get(match[1] as string)
          return policy === undefined
            ? this.error(403, 'PERMISSION_DENIED', 'no such project')
            : { status: 200, body: policy }
        },
      ],
      [
        'POST',
        /^\/v3\/projects\/([^/:]+):setIamPolicy$/,
        (call, match) => {
          const project = match[1] as string
          const current = this.policies.get(project)
          const next = (call.body as { policy?: FakePolicy })?.policy
          if (current === undefined || next === undefined)
            return this.error(400, 'INVALID_ARGUMENT', 'no policy')
          if (next.etag !== current.etag)
            return this.error(409, 'ABORTED', 'There were concurrent policy changes.')
          this.setPolicy(project, next.bindings)
          return { status: 200, body: this.policies.get(project) }
        },
      ],
      [
        'GET',
        /^\/admin\/directory\/v1\/users\/([^/]+)$/,
        (_call, match) => {
          const user = this.workspaceUser(match[1] as string)
          return user === undefined
            ? this.error(404, 'notFound', 'Resource Not Found: userKey')
            : { status: 200, body: { kind: 'admin#directory#user', ...user, isDelegatedAdmin: false } }
        },
      ],
      [
        'PUT',
        /^\/admin\/directory\/v1\/users\/([^/]+)$/,
        (call, match) => {
          const user = this.workspaceUser(match[1] as string)
          if (user === undefined) return this.error(404, 'notFound', 'Resource Not Found: userKey')
          const body = call.body as { suspended?: boolean }
          if (typeof body.suspended === 'boolean') user.suspended = body.suspended
          return { status: 200, body: user }
        },
      ],
      [
        'DELETE',
        /^\/admin\/directory\/v1\/users\/([^/]+)$/,
        (_call, match) => {
          const user = this.workspaceUser(match[1] as string)
          if (user === undefined) return this.error(404, 'notFound', 'Resource Not Found: userKey')
          this.workspaceUsers.delete(user.id)
          return { status: 204 }
        },
      ],
    ]
  }
}

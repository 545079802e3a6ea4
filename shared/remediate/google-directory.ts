/**
 * Google identities over REST, read-only: GCP service accounts (IAM API v1) with their user-managed keys,
 * Google Workspace users (Admin SDK Directory API), and the roles either holds in the projects named,
 * from each project's IAM policy (Resource Manager v3).
 */
import { type Candidate, type IdentityDirectory, matchOf, type PersonKeys } from './directory.ts'
import type { GcpServiceAccount, IdentityRef, ProjectBinding, WorkspaceUser } from './identity.ts'
import { readWithRetry } from './read-call.ts'
import type { RestClient } from './rest-client.ts'
import type { RetryPolicy } from './retry.ts'

export const GOOGLE_ENDPOINTS = {
  iam: 'https://iam.googleapis.com',
  cloudresourcemanager: 'https://cloudresourcemanager.googleapis.com',
  admin: 'https://admin.googleapis.com',
} as const

const CREDENTIALS_HINT = 'GOOGLE_OAUTH_ACCESS_TOKEN, or application default credentials'

export interface IamPolicy {
  version?: number
  etag?: string
  bindings?: Array<{ role?: string; members?: string[]; condition?: unknown }>
}

export interface GoogleDirectoryOptions {
  readonly iam: RestClient
  readonly cloudresourcemanager: RestClient
  readonly admin: RestClient
  readonly retry: RetryPolicy
  /** Projects whose IAM policies are searched for the identity's roles. */
  readonly projects: readonly string[]
}

function call<T>(
  options: GoogleDirectoryOptions,
  operation: string,
  permission: string,
  read: () => Promise<T>,
): Promise<T> {
  return readWithRetry(
    { service: 'Google Cloud', operation, permission, credentialsHint: CREDENTIALS_HINT },
    read,
    options.retry,
  )
}

/** Reads a project's IAM policy, version 3 so that conditional bindings come back whole. */
export function getProjectPolicy(crm: RestClient, project: string): Promise<IamPolicy | undefined> {
  return crm.request<IamPolicy>('POST', `/v3/projects/${encodeURIComponent(project)}:getIamPolicy`, {
    body: { options: { requestedPolicyVersion: 3 } },
  })
}

async function bindingsOf(options: GoogleDirectoryOptions, member: string): Promise<ProjectBinding[]> {
  const bindings: ProjectBinding[] = []
  for (const project of options.projects) {
    const policy = await call(options, 'projects.getIamPolicy', 'resourcemanager.projects.getIamPolicy', () =>
      getProjectPolicy(options.cloudresourcemanager, project),
    )
    for (const binding of policy?.bindings ?? []) {
      if (binding.role !== undefined && binding.members?.includes(member))
        bindings.push({ project, role: binding.role, member })
    }
  }
  return bindings
}

interface ServiceAccountResource {
  email?: string
  projectId?: string
  disabled?: boolean
  description?: string
}

interface KeyResource {
  name?: string
  validAfterTime?: string
}

/** Service accounts are tied to people only through a mapping file: nothing on one names its owner. */
export function createServiceAccountDirectory(options: GoogleDirectoryOptions): IdentityDirectory {
  return {
    provider: 'gcp',
    async find(): Promise<Candidate[]> {
      return []
    },
    async read(ref: IdentityRef): Promise<GcpServiceAccount | undefined> {
      const email = encodeURIComponent(ref.uid)
      const account = await call(options, 'projects.serviceAccounts.get', 'iam.serviceAccounts.get', () =>
        options.iam.getIfExists<ServiceAccountResource>(`/v1/projects/-/serviceAccounts/${email}`),
      )
      if (account?.email === undefined) return undefined
      const keys = await call(
        options,
        'projects.serviceAccounts.keys.list',
        'iam.serviceAccountKeys.list',
        () =>
          options.iam.request<{ keys?: KeyResource[] }>(
            'GET',
            `/v1/projects/-/serviceAccounts/${email}/keys`,
            {
              query: { keyTypes: 'USER_MANAGED' },
            },
          ),
      )
      const keyList = (keys?.keys ?? []).filter((key) => key.name !== undefined)
      let lastKey: string | undefined
      for (const key of keyList)
        if (key.validAfterTime !== undefined && (lastKey === undefined || key.validAfterTime > lastKey))
          lastKey = key.validAfterTime
      return {
        provider: 'gcp',
        kind: 'service-account',
        uid: account.email,
        name: account.email,
        account: account.projectId,
        enabled: account.disabled !== true,
        // The API states no creation time; the newest key is the latest sign of the account being put to use.
        last_used_time: lastKey,
        keys: keyList.map((key) => key.name as string),
        bindings: await bindingsOf(options, `serviceAccount:${account.email}`),
      }
    },
  }
}

interface DirectoryUser {
  id?: string
  primaryEmail?: string
  suspended?: boolean
  isAdmin?: boolean
  isDelegatedAdmin?: boolean
  creationTime?: string
  lastLoginTime?: string
  customerId?: string
  externalIds?: Array<{ type?: string; value?: string }>
}

/** The Directory API reports a user who never signed in with the epoch as last login. */
const NEVER = '1970-01-01T00:00:00.000Z'

export function createWorkspaceDirectory(options: GoogleDirectoryOptions): IdentityDirectory {
  async function read(ref: IdentityRef): Promise<WorkspaceUser | undefined> {
    const user = await call(
      options,
      'users.get',
      'https://www.googleapis.com/auth/admin.directory.user.readonly',
      () =>
        options.admin.getIfExists<DirectoryUser>(`/admin/directory/v1/users/${encodeURIComponent(ref.uid)}`),
    )
    if (user?.id === undefined || user.primaryEmail === undefined) return undefined
    const employeeId = user.externalIds?.find((external) => external.type === 'organization')?.value
    return {
      provider: 'workspace',
      kind: 'workspace-user',
      uid: user.id,
      name: user.primaryEmail,
      account: user.customerId,
      email: user.primaryEmail,
      employee_id: employeeId,
      enabled: user.suspended !== true,
      created_time: user.creationTime,
      last_used_time: user.lastLoginTime === NEVER ? undefined : user.lastLoginTime,
      is_admin: user.isAdmin === true || user.isDelegatedAdmin === true,
      bindings: await bindingsOf(options, `user:${user.primaryEmail}`),
    }
  }

  return {
    provider: 'workspace',
    async find(person: PersonKeys): Promise<Candidate[]> {
      if (person.email === undefined) return []
      // users.get accepts the primary email or any alias; the match below keeps primary addresses only.
      const identity = await read({ provider: 'workspace', uid: person.email })
      if (identity === undefined) return []
      const match = matchOf(identity, person)
      return match === undefined ? [] : [{ identity, match }]
    },
    read,
  }
}

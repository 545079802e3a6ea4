/** The project's IAM policy (Resource Manager) and its service accounts with their user-managed keys (IAM). */
import { mapLimit } from '#shared/cloud/index.ts'
import { asArray, asBoolean, asObject, asString, asStrings } from '#shared/json/index.ts'
import type { Binding, GcpSnapshotData, ServiceAccount, ServiceAccountKey } from '../snapshot.ts'
import { attempt, type GoogleApi, type GoogleCall } from './google-api.ts'

const GET_IAM_POLICY: GoogleCall = {
  service: 'Resource Manager',
  operation: 'projects.getIamPolicy',
  permission: 'resourcemanager.projects.getIamPolicy',
}
const LIST_SERVICE_ACCOUNTS: GoogleCall = {
  service: 'IAM',
  operation: 'projects.serviceAccounts.list',
  permission: 'iam.serviceAccounts.list',
}
const LIST_KEYS: GoogleCall = {
  service: 'IAM',
  operation: 'projects.serviceAccounts.keys.list',
  permission: 'iam.serviceAccountKeys.list',
}

/** Service accounts whose keys are listed at once. */
const KEY_LIST_CONCURRENCY = 4

/** A policy's bindings as the REST API returns them (conditions kept by title, else expression). */
export function toBindings(policy: Record<string, unknown>): Binding[] {
  return (asArray(policy.bindings) ?? []).map((entry) => {
    const binding = asObject(entry) ?? {}
    const condition = asObject(binding.condition)
    return {
      role: asString(binding.role) ?? '',
      members: asStrings(binding.members),
      condition: asString(condition?.title) ?? asString(condition?.expression) ?? null,
    }
  })
}

export async function collectProjectPolicy(
  api: GoogleApi,
  errors: Record<string, string>,
  section: string,
): Promise<GcpSnapshotData['iamPolicy']> {
  const policy = await attempt(errors, section, () =>
    // Version 3 returns conditional bindings as they are instead of refusing the policy.
    api.post('resourcemanager', GET_IAM_POLICY, `/v1/projects/${api.project}:getIamPolicy`, {
      options: { requestedPolicyVersion: 3 },
    }),
  )
  return policy === undefined ? null : { bindings: toBindings(policy) }
}

function toKey(entry: unknown): ServiceAccountKey {
  const key = asObject(entry) ?? {}
  return {
    name: asString(key.name) ?? '',
    keyType: asString(key.keyType) ?? 'USER_MANAGED',
    validAfterTime: asString(key.validAfterTime) ?? null,
    disabled: asBoolean(key.disabled) ?? false,
  }
}

async function withKeys(
  api: GoogleApi,
  email: string,
  uniqueId: string,
  disabled: boolean,
): Promise<ServiceAccount> {
  const errors: NonNullable<ServiceAccount['errors']> = {}
  const listed = await attempt(errors, 'keys', () =>
    api.get(
      'iam',
      LIST_KEYS,
      `/v1/projects/${api.project}/serviceAccounts/${encodeURIComponent(email)}/keys`,
      {
        keyTypes: 'USER_MANAGED',
      },
    ),
  )
  const keys = listed === undefined ? null : (asArray(listed.keys) ?? []).map(toKey)
  return { email, uniqueId, disabled, keys, errors }
}

export async function collectServiceAccounts(
  api: GoogleApi,
  errors: Record<string, string>,
  section: string,
): Promise<ServiceAccount[]> {
  const listed = await attempt(errors, section, async () => {
    const accounts: { email: string; uniqueId: string; disabled: boolean }[] = []
    const path = `/v1/projects/${api.project}/serviceAccounts`
    for await (const page of api.pages('iam', LIST_SERVICE_ACCOUNTS, path, { pageSize: '100' })) {
      for (const entry of asArray(page.accounts) ?? []) {
        const account = asObject(entry) ?? {}
        accounts.push({
          email: asString(account.email) ?? '',
          uniqueId: asString(account.uniqueId) ?? '',
          disabled: asBoolean(account.disabled) ?? false,
        })
      }
    }
    return accounts
  })
  if (listed === undefined) return []
  return mapLimit(listed, KEY_LIST_CONCURRENCY, (account) =>
    withKeys(api, account.email, account.uniqueId, account.disabled),
  )
}

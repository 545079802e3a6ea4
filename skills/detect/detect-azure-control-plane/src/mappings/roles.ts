/**
 * Built-in Azure roles whose assignment hands over control, by role definition id: the ids are the same
 * in every tenant and subscription, and the Activity Log names a role only by its id.
 */

export interface RoleRisk {
  readonly name: string
  /** `privileged`: manages every resource in scope, or grants access to it; `data`: reads and writes all data of a service. */
  readonly kind: 'privileged' | 'data'
}

export const RISKY_ROLES: ReadonlyMap<string, RoleRisk> = new Map([
  ['8e3af657-a8ff-443c-a75c-2fe8c4bcb635', { name: 'Owner', kind: 'privileged' }],
  ['b24988ac-6180-42a0-ab88-20f7382dd24c', { name: 'Contributor', kind: 'privileged' }],
  ['18d7d88d-d35e-4fb5-a5c3-7773c20a72d9', { name: 'User Access Administrator', kind: 'privileged' }],
  [
    'f58310d9-a9f6-439a-9e8d-f62e7b41a168',
    { name: 'Role Based Access Control Administrator', kind: 'privileged' },
  ],
  ['b7e6dc6d-f1e8-4753-8033-0f276bb0955b', { name: 'Storage Blob Data Owner', kind: 'data' }],
  ['00482a5a-887f-4fb3-b363-3b7fe8e74483', { name: 'Key Vault Administrator', kind: 'data' }],
  ['8b54135c-b56d-4d72-a534-26097cfdc8d8', { name: 'Key Vault Data Access Administrator', kind: 'data' }],
  ['b86a8fe4-44ce-4948-aee5-eccb2c155cd7', { name: 'Key Vault Secrets Officer', kind: 'data' }],
])

function byName(roles: ReadonlyMap<string, RoleRisk>): ReadonlyMap<string, RoleRisk> {
  const named = new Map<string, RoleRisk>()
  for (const role of roles.values()) named.set(role.name.toLowerCase(), role)
  return named
}

/** The same roles by lower-cased name, for bodies that name the role instead of giving its id. */
export const RISKY_ROLES_BY_NAME: ReadonlyMap<string, RoleRisk> = byName(RISKY_ROLES)

/**
 * IAM roles by what granting them hands over. Predefined role names are stable across projects, so the
 * table is data; custom roles are not judged (their permissions are not in the log).
 */

/** Roles that control everything in their scope, or can grant themselves anything there. */
export const PRIVILEGED_ROLES: ReadonlyMap<string, string> = new Map([
  ['roles/owner', 'full control, including IAM'],
  ['roles/editor', 'write access to nearly every resource'],
  ['roles/resourcemanager.organizationAdmin', 'sets the IAM policy of the organization'],
  ['roles/resourcemanager.folderAdmin', 'sets the IAM policy of folders'],
  ['roles/resourcemanager.projectIamAdmin', 'sets the IAM policy of projects'],
  ['roles/iam.securityAdmin', 'sets the IAM policy of any resource in its scope'],
  ['roles/iam.organizationRoleAdmin', 'rewrites custom roles across the organization'],
  ['roles/iam.roleAdmin', 'rewrites custom roles'],
  // Both mint credentials for service accounts: whoever holds them can act as every account in scope.
  ['roles/iam.serviceAccountTokenCreator', 'creates access tokens for service accounts'],
  ['roles/iam.serviceAccountKeyAdmin', 'creates keys for service accounts'],
])

/**
 * Roles that make a service callable, which is how a public Cloud Run service or HTTP function is
 * published: granting them to allUsers is the documented way to serve the public, not a leak.
 */
export const PUBLIC_INVOKER_ROLES: ReadonlySet<string> = new Set([
  'roles/run.invoker',
  'roles/cloudfunctions.invoker',
])

/** Roles on a bucket or object that let a member write, not only read. */
export const STORAGE_WRITE_ROLES: ReadonlySet<string> = new Set([
  'roles/storage.admin',
  'roles/storage.objectAdmin',
  'roles/storage.objectCreator',
  'roles/storage.objectUser',
  'roles/storage.legacyBucketOwner',
  'roles/storage.legacyBucketWriter',
  'roles/storage.legacyObjectOwner',
])

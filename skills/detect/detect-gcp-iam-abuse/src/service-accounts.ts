/** Service accounts as IAM API requests name them: `projects/{project}/serviceAccounts/{email or unique id}`. */

const NAME_PREFIX = 'serviceAccounts/'

/** The email or unique id a resource name ends with, after `serviceAccounts/`; undefined for other names. */
export function serviceAccountOf(resourceName: string | undefined): string | undefined {
  if (resourceName === undefined) return undefined
  const start = resourceName.indexOf(NAME_PREFIX)
  if (start < 0) return undefined
  const account = resourceName.slice(start + NAME_PREFIX.length).split('/')[0]
  return account === undefined || account.length === 0 ? undefined : account
}

/** A unique id (digits) rather than an email: whose account it is cannot be told from the name alone. */
export function isUniqueId(account: string): boolean {
  return /^\d+$/.test(account)
}

/** The detector's settings, from its command-line options. */
export interface IamPersistenceConfig {
  /** How long after CreateUser an administrator grant to that user counts as arming a new account. */
  readonly newUserWindowMs: number
  /** Groups, lower-cased, whose members hold administrator rights; adding a user to one is a grant. */
  readonly adminGroups: ReadonlySet<string>
  /** Accounts a role may trust without an alert (the organisation's own accounts, a known vendor). */
  readonly trustedAccounts: ReadonlySet<string>
}

/** Group names that conventionally carry AdministratorAccess; matched without regard to case. */
export const DEFAULT_ADMIN_GROUPS: readonly string[] = ['admin', 'admins', 'administrators']

/** The detector's default settings, as its command line sets them. */
import { DEFAULT_ADMIN_GROUPS, type IamPersistenceConfig } from '../../src/config.ts'

export const DEFAULT_CONFIG: IamPersistenceConfig = {
  newUserWindowMs: 60 * 60_000,
  adminGroups: new Set(DEFAULT_ADMIN_GROUPS),
  trustedAccounts: new Set(),
}

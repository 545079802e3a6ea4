/** The detector's default settings, as its command line sets them. */
import { DEFAULT_POWERFUL_ROLES, type PrivilegeEscalationConfig } from '../../src/config.ts'

export const DEFAULT_CONFIG: PrivilegeEscalationConfig = {
  secretWindowMs: 10 * 60_000,
  execAllowlist: new Set(),
  powerfulRoles: new Set(DEFAULT_POWERFUL_ROLES),
  clusterAdmins: new Set(),
}

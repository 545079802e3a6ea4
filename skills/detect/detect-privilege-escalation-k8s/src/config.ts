/** The detector's settings, from its command-line options. */
export interface PrivilegeEscalationConfig {
  /** How long after listing secrets a get of one counts as the same reconnaissance. */
  readonly secretWindowMs: number
  /** Principals expected to exec into pods (operators, break-glass tooling): r2 stays quiet for them. */
  readonly execAllowlist: ReadonlySet<string>
  /** Roles whose binding is itself the alert. */
  readonly powerfulRoles: ReadonlySet<string>
  /** Users treated as cluster administrators besides members of system:masters. */
  readonly clusterAdmins: ReadonlySet<string>
}

/** cluster-admin grants every verb on every resource; binding it is a full takeover of the cluster. */
export const DEFAULT_POWERFUL_ROLES: readonly string[] = ['cluster-admin']

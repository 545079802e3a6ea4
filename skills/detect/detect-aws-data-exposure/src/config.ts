/** The detector's settings, from its command-line options. */
export interface DataExposureConfig {
  /** Accounts that snapshots and images may be shared with without an alert (backup, DR, sister accounts). */
  readonly trustedAccounts: ReadonlySet<string>
}

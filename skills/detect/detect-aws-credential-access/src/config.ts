/** The detector's settings, from its command-line options. */
export interface CredentialAccessConfig {
  /** The window over which one principal's retrievals and attempts are counted. */
  readonly windowMs: number
  /** Distinct secrets or decrypted parameters one principal may read within the window before it alerts. */
  readonly secretThreshold: number
  /** Distinct instances one principal may fail to read the Windows password of within the window. */
  readonly passwordAttemptThreshold: number
}

/** The detector's settings, from its command-line options. */
export interface RemoteExecutionConfig {
  /** The window over which one principal's commands and sessions are counted. */
  readonly windowMs: number
  /** Distinct instances one principal may reach within the window before it alerts. */
  readonly instanceThreshold: number
}

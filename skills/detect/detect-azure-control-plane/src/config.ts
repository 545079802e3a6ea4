/** The detector's settings, from its command-line options. */
export interface ControlPlaneConfig {
  /** The span over which one principal's Key Vault secret reads are counted. */
  readonly windowMs: number
  /** Distinct secrets one principal may read within the window before it alerts. */
  readonly secretThreshold: number
}

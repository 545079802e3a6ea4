/** The detector's default settings, as its command line sets them. */
import type { ControlPlaneConfig } from '../../src/config.ts'

export const DEFAULT_CONFIG: ControlPlaneConfig = { windowMs: 10 * 60_000, secretThreshold: 10 }

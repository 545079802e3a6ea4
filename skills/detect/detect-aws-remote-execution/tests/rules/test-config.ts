/** The detector's default settings, as its command line sets them. */
import type { RemoteExecutionConfig } from '../../src/config.ts'

export const DEFAULT_CONFIG: RemoteExecutionConfig = { windowMs: 10 * 60_000, instanceThreshold: 3 }

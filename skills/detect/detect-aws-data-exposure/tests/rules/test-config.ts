/** The detector's default settings, as its command line sets them. */
import type { DataExposureConfig } from '../../src/config.ts'

export const DEFAULT_CONFIG: DataExposureConfig = { trustedAccounts: new Set() }

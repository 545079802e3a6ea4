/** The detector's default settings, as its command line sets them: no internal domains configured. */
import type { IamAbuseConfig } from '../../src/config.ts'

export const DEFAULT_CONFIG: IamAbuseConfig = { internalDomains: new Set() }

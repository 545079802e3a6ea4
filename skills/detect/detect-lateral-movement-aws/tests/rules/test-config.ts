/** The detector's default settings, as its command line sets them. */
import { type ConfigSettings, type LateralMovementConfig, lateralMovementConfig } from '../../src/config.ts'

export const DEFAULT_SETTINGS: ConfigSettings = { windowMs: 60 * 60_000, fanout: 3 }

export const DEFAULT_CONFIG: LateralMovementConfig = lateralMovementConfig(DEFAULT_SETTINGS)

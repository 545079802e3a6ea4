/** The detector's default settings, as its command line sets them. */
import type { ContainerEscapeConfig } from '../../src/config.ts'

export const DEFAULT_CONFIG: ContainerEscapeConfig = { allowedWorkloads: [] }

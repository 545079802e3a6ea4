/** The detector's default settings, as its command line sets them. */
import type { ToolDriftConfig } from '../../src/config.ts'

export const DEFAULT_CONFIG: ToolDriftConfig = {
  dynamicServers: new Set(),
  sharedToolNames: new Set(),
}

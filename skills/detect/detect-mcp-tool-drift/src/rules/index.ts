/** The detector's rules, one line each; the runner refuses duplicate ids at start-up. */
import type { Rule } from '#shared/detect/index.ts'
import type { ToolDriftConfig } from '../config.ts'
import { mcpToolAddedMidSession } from './mcp-tool-added-mid-session.ts'
import { mcpToolDefinitionChanged } from './mcp-tool-definition-changed.ts'
import { mcpToolNameShadowed } from './mcp-tool-name-shadowed.ts'

export const RULES: readonly Rule<ToolDriftConfig>[] = [
  mcpToolDefinitionChanged,
  mcpToolAddedMidSession,
  mcpToolNameShadowed,
]

/** The detector's settings, from its command-line options. */
export interface ToolDriftConfig {
  /** Servers expected to add tools during a session (tools loaded on demand): mcp-tool-added-mid-session stays quiet for them. */
  readonly dynamicServers: ReadonlySet<string>
  /** Tool names several servers are expected to offer in one session: mcp-tool-name-shadowed stays quiet for them. */
  readonly sharedToolNames: ReadonlySet<string>
}

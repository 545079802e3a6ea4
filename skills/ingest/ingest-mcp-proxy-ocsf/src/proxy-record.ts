/** The one shape every proxy log form is read into: the JSON-RPC messages of one log line and what the proxy said about them. */

/** Which side of the connection sent a message. */
export type Sender = 'client' | 'server'

export type ProxyForm = 'envelope' | 'envelope-text' | 'flat'

export interface ProxyRecord {
  readonly form: ProxyForm
  /** The proxy's session id (Mcp-Session-Id, or its own connection id). */
  readonly sessionId?: string
  /** The name the proxy gives the upstream MCP server. */
  readonly server?: string
  /** Who sent the messages, when the line says so; otherwise it is worked out from each message. */
  readonly sender?: Sender
  /** Candidate times of the line, best first. */
  readonly times: readonly unknown[]
  /** The authenticated user the proxy logged, if any. */
  readonly user?: string
  /** The proxy's own id for the log line. */
  readonly eventId?: string
  /** The JSON-RPC messages: one, or the members of a batch. */
  readonly messages: readonly unknown[]
}

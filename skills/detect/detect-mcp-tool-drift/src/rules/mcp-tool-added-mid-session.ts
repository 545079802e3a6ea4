/**
 * A tool appeared after the session's first complete tool listing: a capability nobody saw when the
 * server was connected, the other half of a rug pull (add a tool rather than change one).
 */
import type { CorrelationRule, Detection } from '#shared/detect/index.ts'
import { formatTime } from '#shared/ocsf/index.ts'
import { BoundedMap } from '#shared/state/index.ts'
import type { ToolDriftConfig } from '../config.ts'
import { fingerprintObservables, toolListingOf } from '../tool-listing.ts'

/** Sessions and servers followed at once; past it the least recently listed one is forgotten. */
const MAX_TRACKED_SERVERS = 10_000
/** Tool names remembered per server and session; a server listing more is not a normal server. */
const MAX_TOOLS_PER_SERVER = 1_000

interface ServerTools {
  readonly names: Set<string>
  /** The response that completed the first listing (its last page); once another response arrives, the baseline is closed. */
  lastPageResponse?: string
  closed: boolean
  firstListedTime: number
}

export const mcpToolAddedMidSession: CorrelationRule<ToolDriftConfig> = {
  id: 'mcp-tool-added-mid-session',
  title: 'MCP tool appeared mid-session',
  severity: 'medium',
  attacks: ['T1195.001', 'AML.T0010.005'],
  classUids: [6003],
  rationale:
    'The tools a session starts with are what its user approved; a tool that appears later (typically after notifications/tools/list_changed) reaches the model without that review.',
  reference: 'https://atlas.mitre.org/techniques/AML.T0010.005',
  runbook:
    '1. Read the description and input schema of the new tool in the evidence: what can it do, and does its text address the model? 2. Did the server announce the change (notifications/tools/list_changed)? 3. Was the new tool called, and with what arguments? 4. If the server is not expected to grow, remove it and review its release.',
  falsePositives: [
    'servers that load tools on demand or after authentication (pass them with --dynamic-server)',
    'a server upgraded during a long session',
  ],
  correlator(config) {
    const servers = new BoundedMap<string, ServerTools>(MAX_TRACKED_SERVERS)
    return {
      observe(event): Detection[] {
        const listing = toolListingOf(event)
        if (listing === undefined) return []
        const { session, server, tool } = listing
        const key = `${session}\u001f${server}`
        const state = servers.get(key) ?? { names: new Set(), closed: false, firstListedTime: event.time }
        servers.set(key, state)
        // The first listing is over once a result other than its last page arrives.
        const laterResult =
          state.lastPageResponse !== undefined && listing.response !== state.lastPageResponse
        if (laterResult) state.closed = true
        if (!state.closed) {
          if (tool !== undefined && state.names.size < MAX_TOOLS_PER_SERVER) state.names.add(tool)
          if (listing.lastPage) state.lastPageResponse = listing.response
          return []
        }
        if (tool === undefined || state.names.has(tool) || config.dynamicServers.has(server)) return []
        if (state.names.size < MAX_TOOLS_PER_SERVER) state.names.add(tool)
        return [
          {
            key: [session, server, tool],
            desc: `Tool ${tool} (fingerprint ${listing.fingerprint ?? 'unknown'}) appeared on MCP server ${server} in session ${session} at ${formatTime(event.time)}, after the first tool listing of ${formatTime(state.firstListedTime)} that did not offer it.`,
            events: [event],
            observables: fingerprintObservables(listing.fingerprint),
          },
        ]
      },
    }
  },
}

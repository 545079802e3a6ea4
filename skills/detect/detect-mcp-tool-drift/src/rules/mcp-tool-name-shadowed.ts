/**
 * Two servers of one session offer a tool of the same name: the model, or a client that merges tool
 * lists, may send one server's calls, and their arguments, to the other.
 */
import type { CorrelationRule, Detection } from '#shared/detect/index.ts'
import type { OcsfEvent } from '#shared/ocsf/index.ts'
import { BoundedMap } from '#shared/state/index.ts'
import type { ToolDriftConfig } from '../config.ts'
import { fingerprintObservables, toolListingOf } from '../tool-listing.ts'

/** Tool names followed at once across sessions; past it the least recently listed one is forgotten. */
const MAX_TRACKED_NAMES = 100_000

interface FirstOffer {
  readonly server: string
  readonly event: OcsfEvent
  readonly fingerprint?: string
  /** Servers already reported as shadowing this one, so each pair fires once. */
  readonly shadowing: Set<string>
}

export const mcpToolNameShadowed: CorrelationRule<ToolDriftConfig> = {
  id: 'mcp-tool-name-shadowed',
  title: 'MCP tool name offered by two servers in one session',
  severity: 'medium',
  attacks: ['T1195.001', 'AML.T0010.005'],
  classUids: [6003],
  rationale:
    'Tool names are how the model picks a tool; a second server offering a name the session already has can capture the calls meant for the first, with whatever the model puts in their arguments.',
  reference: 'https://invariantlabs.ai/blog/mcp-security-notification-tool-poisoning-attacks',
  runbook:
    '1. Which server offered the name first, and which one is new to this user or agent? 2. Compare both definitions in the evidence. 3. Which server received the tools/call requests for that name after the second listing? 4. Rename or remove the duplicate; prefer clients that namespace tools by server.',
  falsePositives: [
    'generic names several trusted servers share, such as search or fetch (pass them with --shared-tool)',
  ],
  correlator(config) {
    const firstOffers = new BoundedMap<string, FirstOffer>(MAX_TRACKED_NAMES)
    return {
      observe(event): Detection[] {
        const listing = toolListingOf(event)
        if (listing?.tool === undefined) return []
        const { session, server, tool, fingerprint } = listing
        const key = `${session}\u001f${tool}`
        const first = firstOffers.get(key)
        if (first === undefined) {
          firstOffers.set(key, { server, event, fingerprint, shadowing: new Set() })
          return []
        }
        if (first.server === server || first.shadowing.has(server) || config.sharedToolNames.has(tool))
          return []
        first.shadowing.add(server)
        return [
          {
            key: [session, tool, first.server, server],
            desc: `Tool name ${tool} is offered by MCP server ${first.server} (fingerprint ${first.fingerprint ?? 'unknown'}) and by MCP server ${server} (fingerprint ${fingerprint ?? 'unknown'}) in session ${session}; calls to ${tool} may reach either.`,
            events: [first.event, event],
            observables: fingerprintObservables(first.fingerprint, fingerprint),
          },
        ]
      },
    }
  },
}

/**
 * A tool's definition changed within a session after the client first listed it: the "rug pull", where a
 * server approved on a harmless description later serves a poisoned one under the same name.
 */
import type { CorrelationRule, Detection } from '#shared/detect/index.ts'
import { formatTime, type OcsfEvent } from '#shared/ocsf/index.ts'
import { BoundedMap } from '#shared/state/index.ts'
import type { ToolDriftConfig } from '../config.ts'
import { fingerprintObservables, toolListingOf } from '../tool-listing.ts'

/** Tools followed at once across sessions; past it the least recently listed one is forgotten. */
const MAX_TRACKED_TOOLS = 100_000

interface Sighting {
  readonly event: OcsfEvent
  readonly fingerprint: string
}

export const mcpToolDefinitionChanged: CorrelationRule<ToolDriftConfig> = {
  id: 'mcp-tool-definition-changed',
  title: 'MCP tool definition changed within a session',
  severity: 'high',
  attacks: ['T1195.001', 'AML.T0109'],
  classUids: [6003],
  rationale:
    'Clients approve a tool by what it first says it does; a server that later changes the description, input schema or annotations under the same name can steer the model with instructions nobody reviewed.',
  reference: 'https://invariantlabs.ai/blog/mcp-security-notification-tool-poisoning-attacks',
  runbook:
    '1. Compare the before and after definitions in the evidence (description, inputSchema, annotations): is the new text addressed to the model? 2. Which tools/call requests followed the change, and with what arguments? 3. Was the server updated or replaced at that time? 4. Pin or remove the server until the change is explained.',
  falsePositives: [
    'a server upgraded during a long session that legitimately reworded its tools',
    'servers that put changing data (dates, counts) into their tool descriptions',
  ],
  correlator() {
    const lastSeen = new BoundedMap<string, Sighting>(MAX_TRACKED_TOOLS)
    return {
      observe(event): Detection[] {
        const listing = toolListingOf(event)
        if (listing?.tool === undefined || listing.fingerprint === undefined) return []
        const { session, server, tool, fingerprint } = listing
        const key = `${session}\u001f${server}\u001f${tool}`
        const previous = lastSeen.get(key)
        lastSeen.set(key, { event, fingerprint })
        if (previous === undefined || previous.fingerprint === fingerprint) return []
        return [
          {
            key: [session, server, tool, previous.fingerprint, fingerprint],
            desc: `Tool ${tool} of MCP server ${server} changed its definition in session ${session}: fingerprint ${previous.fingerprint} (listed ${formatTime(previous.event.time)}) became ${fingerprint} (listed ${formatTime(event.time)}).`,
            events: [previous.event, event],
            observables: fingerprintObservables(previous.fingerprint, fingerprint),
          },
        ]
      },
    }
  },
}

/**
 * What an ASFF finding says happened, as OCSF evidence: the `Action` (the same shape GuardDuty gives),
 * the `Network` block of network findings, and the principal of an access-key resource as the actor of
 * the first piece of evidence.
 */
import { isIP } from 'node:net'
import { evidencesOfFindingAction } from '#shared/ingest/index.ts'
import { asInt, asString, compact, compactOrOmit, type JsonObject, path } from '#shared/json/index.ts'
import type { Evidences, NetworkEndpoint } from '#shared/ocsf/index.ts'
import { actorOf } from './resources.ts'

const NETWORK_DIRECTIONS: Readonly<Record<string, { direction_id: 1 | 2; direction: string }>> = {
  IN: { direction_id: 1, direction: 'Inbound' },
  OUT: { direction_id: 2, direction: 'Outbound' },
}

function ipOf(value: unknown): string | undefined {
  const text = asString(value)
  return text !== undefined && isIP(text) !== 0 ? text : undefined
}

function networkEndpoint(network: unknown, side: 'Source' | 'Destination'): NetworkEndpoint | undefined {
  const port = asInt(path(network, `${side}Port`))
  const endpoint = compact({
    ip: ipOf(path(network, `${side}IpV4`)) ?? ipOf(path(network, `${side}IpV6`)),
    domain: asString(path(network, `${side}Domain`)),
    port: port !== undefined && port >= 0 && port <= 65_535 ? port : undefined,
  })
  return endpoint.ip !== undefined || endpoint.domain !== undefined ? endpoint : undefined
}

function networkEvidence(finding: JsonObject): Evidences | undefined {
  const network = finding.Network
  const src = networkEndpoint(network, 'Source')
  const dst = networkEndpoint(network, 'Destination')
  if (src === undefined && dst === undefined) return undefined
  const direction = NETWORK_DIRECTIONS[asString(path(network, 'Direction')) ?? ''] ?? {
    direction_id: 0,
    direction: 'Unknown',
  }
  return compact({
    src_endpoint: src,
    dst_endpoint: dst,
    connection_info: compact({
      ...direction,
      protocol_name: asString(path(network, 'Protocol'))?.toLowerCase(),
    }),
  })
}

export function evidencesOf(finding: JsonObject): Evidences[] {
  const pieces = [...evidencesOfFindingAction(finding.Action), networkEvidence(finding)].filter(
    (evidence) => evidence !== undefined,
  )
  const actor = actorOf(finding)
  if (actor === undefined) return pieces
  const [first, ...rest] = pieces
  return [compactOrOmit({ actor, ...first }) ?? { actor }, ...rest]
}

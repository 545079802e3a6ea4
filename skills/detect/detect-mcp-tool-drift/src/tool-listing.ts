/**
 * One tool of a tools/list result as these rules see it, read from the OCSF fields ingest-mcp-proxy-ocsf
 * sets: the session (message_context.uid), the server (message_context.service.name), the tool
 * (resources[] of type "MCP tool") and its fingerprint (that resource's uid_alt).
 */
import { asString, path } from '#shared/json/index.ts'
import { OBSERVABLE_TYPES, type Observable, type OcsfEvent } from '#shared/ocsf/index.ts'

const TOOL_RESOURCE_TYPE = 'MCP tool'

export interface ToolListing {
  /** The proxy's session id, or the log the events came from when the proxy named no session. */
  readonly session: string
  readonly server: string
  /** Absent for the one event of an empty tools/list result. */
  readonly tool?: string
  /** `sha256:<hex>` of the tool's definition. */
  readonly fingerprint?: string
  /** Identifies the response the event came from: every tool of one result shares it. */
  readonly response: string
  /** The result had no nextCursor: the listing it belongs to is complete. */
  readonly lastPage: boolean
}

/**
 * The tools of one result share its correlation uid; events from a producer that sets none are grouped
 * by their JSON-RPC id and time, which the tools of one result share too.
 */
function responseKeyOf(event: OcsfEvent): string | undefined {
  const correlation = asString(event.metadata.correlation_uid)
  if (correlation !== undefined) return correlation
  const requestUid = asString(path(event, 'api', 'request', 'uid'))
  if (requestUid !== undefined) return `${requestUid}\u001f${event.time}`
  return asString(event.metadata.uid)
}

/** Undefined for anything that is not a successful tools/list result of a named server. */
export function toolListingOf(event: OcsfEvent): ToolListing | undefined {
  if (event.api?.operation !== 'tools/list' || event.status_id !== 1) return undefined
  const server = asString(path(event, 'message_context', 'service', 'name'))
  if (server === undefined) return undefined
  const session =
    asString(path(event, 'message_context', 'uid')) ?? `log:${asString(event.metadata.log_source) ?? ''}`
  const response = responseKeyOf(event)
  if (response === undefined) return undefined
  const resources = Array.isArray(event.resources) ? event.resources : []
  const tool = resources.find((resource) => resource?.type === TOOL_RESOURCE_TYPE)
  return {
    session,
    server,
    tool: asString(tool?.name),
    fingerprint: asString(tool?.uid_alt),
    response,
    lastPage: asString(path(event, 'api', 'response', 'data', 'nextCursor')) === undefined,
  }
}

/** The fingerprints a finding's evidence carries, as observables pointing at them, so they can be searched for. */
export function fingerprintObservables(...fingerprints: Array<string | undefined>): Observable[] {
  const observables: Observable[] = []
  for (const value of fingerprints) {
    if (value !== undefined)
      observables.push({ name: 'evidences.resources.uid_alt', ...OBSERVABLE_TYPES.resourceUid, value })
  }
  return observables
}

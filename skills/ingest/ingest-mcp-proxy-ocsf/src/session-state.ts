/**
 * What the ingester remembers between log lines, all of it bounded: the client and server each session
 * introduced at initialize, and the requests still waiting for their response, so a response knows its
 * method and target (a tools/list result its request, a tools/call result its tool).
 */
import type { ResourceDetails } from '#shared/ocsf/index.ts'
import { BoundedMap } from '#shared/state/index.ts'
import type { Sender } from './proxy-record.ts'

export interface SessionInfo {
  readonly clientName?: string
  readonly clientVersion?: string
  readonly serverName?: string
  readonly serverVersion?: string
  readonly protocolVersion?: string
}

export interface PendingRequest {
  readonly method: string
  readonly target?: ResourceDetails
  readonly correlationUid: string
}

/** Sessions followed at once; past it the least recently active one's client and server names are forgotten. */
const DEFAULT_SESSION_CAPACITY = 10_000
/** Requests awaiting a response; one that is never answered is forgotten once this many newer ones wait. */
const DEFAULT_PENDING_CAPACITY = 100_000

export interface SessionCapacities {
  readonly sessions?: number
  readonly pending?: number
}

/** The id namespaces of JSON-RPC are per sender: the client's request 1 and the server's request 1 are different requests. */
function pendingKey(sessionKey: string, requester: Sender, id: string): string {
  return `${sessionKey}\u001f${requester}\u001f${id}`
}

export class McpSessions {
  private readonly sessions: BoundedMap<string, SessionInfo>
  private readonly pending: BoundedMap<string, PendingRequest>

  constructor(capacities: SessionCapacities = {}) {
    this.sessions = new BoundedMap(capacities.sessions ?? DEFAULT_SESSION_CAPACITY)
    this.pending = new BoundedMap(capacities.pending ?? DEFAULT_PENDING_CAPACITY)
  }

  info(sessionKey: string): SessionInfo {
    return this.sessions.get(sessionKey) ?? {}
  }

  learn(sessionKey: string, facts: SessionInfo): void {
    const merged: Record<string, string | undefined> = { ...this.info(sessionKey) }
    for (const [name, value] of Object.entries(facts)) {
      if (value !== undefined) merged[name] = value
    }
    this.sessions.set(sessionKey, merged)
  }

  await(sessionKey: string, requester: Sender, id: string, request: PendingRequest): void {
    this.pending.set(pendingKey(sessionKey, requester, id), request)
  }

  /** The request a response answers, removed from the waiting list; undefined when it was never seen. */
  answer(sessionKey: string, requester: Sender, id: string): PendingRequest | undefined {
    const key = pendingKey(sessionKey, requester, id)
    const request = this.pending.get(key)
    if (request !== undefined) this.pending.delete(key)
    return request
  }

  /** Requests forgotten unanswered because newer ones filled the waiting list. */
  get forgottenRequests(): number {
    return this.pending.evicted
  }
}

/**
 * Joins the two events Resource Manager logs for one write: the Started event carries the request
 * body, the Succeeded (or Failed) event the response body and the outcome. A rule that judges the body
 * needs both: it remembers Started events by correlation id and resource id, and hands back the
 * completed write, with every body the two events carry, when the operation succeeds. Started events
 * that never complete are forgotten past the capacity.
 */
import type { JsonObject } from '#shared/json/index.ts'
import type { OcsfEvent } from '#shared/ocsf/index.ts'
import { BoundedMap } from '#shared/state/index.ts'
import type { AzureCall } from './azure-call.ts'

export interface CompletedWrite {
  readonly call: AzureCall
  /** The Started event (when seen) and the completing event, oldest first. */
  readonly events: readonly OcsfEvent[]
  /** Request and response bodies of those events. */
  readonly bodies: readonly JsonObject[]
}

interface Started {
  readonly event: OcsfEvent
  readonly call: AzureCall
}

function bodiesOf(calls: readonly AzureCall[]): JsonObject[] {
  const bodies: JsonObject[] = []
  for (const call of calls) {
    if (call.request !== undefined) bodies.push(call.request)
    if (call.response !== undefined) bodies.push(call.response)
  }
  return bodies
}

export class OperationJoin {
  private readonly started: BoundedMap<string, Started>

  constructor(capacity = 10_000) {
    this.started = new BoundedMap(capacity)
  }

  /** The completed write, once `call` (of `event`) ends it successfully; undefined otherwise. */
  observe(event: OcsfEvent, call: AzureCall): CompletedWrite | undefined {
    const key =
      call.correlation === undefined ? undefined : `${call.correlation}\u001f${call.resourceId ?? ''}`
    if (call.outcome === 'in-progress') {
      // Accepted follows Started for asynchronous writes: keep the event that has the request body.
      const kept = key === undefined ? undefined : this.started.get(key)
      if (
        key !== undefined &&
        (kept === undefined || (kept.call.request === undefined && call.request !== undefined))
      )
        this.started.set(key, { event, call })
      return undefined
    }
    const start = key === undefined ? undefined : this.started.get(key)
    if (key !== undefined) this.started.delete(key)
    if (call.outcome === 'failed') return undefined
    if (start === undefined) return { call, events: [event], bodies: bodiesOf([call]) }
    return { call, events: [start.event, event], bodies: bodiesOf([start.call, call]) }
  }
}

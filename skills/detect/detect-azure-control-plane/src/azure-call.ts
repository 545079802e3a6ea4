/**
 * An Azure Resource Manager operation as detection rules see it, read back from the OCSF API Activity
 * fields that ingest-azure-activity-ocsf sets (OCSF_CONTRACT.md). Operation names are case-insensitive in
 * Azure and diagnostic exports often write them in capitals, so the name is compared lower-cased.
 */
import { asArray, asInt, asObject, asString, type JsonObject, path } from '#shared/json/index.ts'
import type { OcsfEvent } from '#shared/ocsf/index.ts'

/**
 * Resource Manager logs a write, delete or action when it starts (Started, or Accepted for an
 * asynchronous one) and again when it ends (Succeeded or Failed); an event with no result is `unknown`.
 */
export type Outcome = 'succeeded' | 'failed' | 'in-progress' | 'unknown'

const OUTCOME_BY_STATUS: Readonly<Record<number, Outcome>> = {
  1: 'succeeded',
  2: 'failed',
  99: 'in-progress',
}

export interface AzureCall {
  /** operationName, lower-cased: `microsoft.authorization/roleassignments/write`. */
  readonly operation: string
  readonly outcome: Outcome
  /** properties.requestbody and responseBody, parsed and redacted by the ingester. */
  readonly request: JsonObject | undefined
  readonly response: JsonObject | undefined
  /** The resource id, verbatim. */
  readonly resourceId: string | undefined
  readonly resourceName: string | undefined
  /** The caller's UPN or name, for people to read; `unknown` when the log names no one. */
  readonly callerName: string
  /** What identifies the caller across events: the object id, else the name, else the client application. */
  readonly callerKey: string
  /** The correlation id: the events of one operation (and of one deployment) share it. */
  readonly correlation: string | undefined
  readonly subscription: string | undefined
}

export function azureCallOf(event: OcsfEvent): AzureCall | undefined {
  if (path(event, 'cloud', 'provider') !== 'Azure') return undefined
  const operation = asString(path(event, 'api', 'operation'))?.toLowerCase()
  if (operation === undefined) return undefined
  const resource = asArray(event.resources)?.[0]
  const name = asString(path(event, 'actor', 'user', 'name'))
  const uid = asString(path(event, 'actor', 'user', 'uid'))
  const app = asString(path(event, 'actor', 'app_uid'))
  return {
    operation,
    outcome: OUTCOME_BY_STATUS[asInt(event.status_id) ?? 0] ?? 'unknown',
    request: asObject(path(event, 'api', 'request', 'data')),
    response: asObject(path(event, 'api', 'response', 'data')),
    resourceId: asString(path(resource, 'uid')),
    resourceName: asString(path(resource, 'name')),
    callerName: name ?? uid ?? (app === undefined ? 'unknown' : `application ${app}`),
    callerKey: uid ?? name ?? app ?? 'unknown',
    correlation: asString(path(event, 'metadata', 'correlation_uid')),
    subscription: asString(path(event, 'cloud', 'account', 'uid')),
  }
}

/** The call, when its operation is one of `operations` (lower-cased) and it did not fail or is still running. */
export function completedCallOf(event: OcsfEvent, operations: ReadonlySet<string>): AzureCall | undefined {
  const call = azureCallOf(event)
  if (call === undefined || !operations.has(call.operation)) return undefined
  return call.outcome === 'succeeded' || call.outcome === 'unknown' ? call : undefined
}

/**
 * How a call ended, from the event's result (status or resultType), its sub-status (the HTTP status, as
 * `Created`, `Succeeded.Created` or `403`), properties.statusCode, and the error Resource Manager returned
 * (properties.statusMessage, a JSON string).
 */
import { asInt, asObject, asString, type JsonObject, path } from '#shared/json/index.ts'
import { ACTIVITY_STATUS } from '#shared/ocsf/index.ts'
import { HTTP_STATUS_NAMES, RESULT_STATUS } from './mappings/results.ts'

export interface EventOutcome {
  readonly status: { status_id: 0 | 1 | 2 | 99; status: string }
  /** The source's own result code: subStatus or resultSignature, else properties.statusCode. */
  readonly statusCode?: string
  readonly httpCode?: number
  readonly errorCode?: string
  readonly errorMessage?: string
}

/** `Succeeded.Created` and `Created` are 201; `403` is 403. */
function httpCodeOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined
  const last = text.slice(text.lastIndexOf('.') + 1)
  const number = asInt(last)
  if (number !== undefined) return number >= 100 && number <= 599 ? number : undefined
  return HTTP_STATUS_NAMES[last.replace(/\s+/g, '').toLowerCase()]
}

function parseJsonObject(text: unknown): JsonObject | undefined {
  if (typeof text !== 'string') return asObject(text)
  try {
    return asObject(JSON.parse(text))
  } catch {
    return undefined
  }
}

function statusOf(result: string | undefined) {
  const kind = result === undefined ? undefined : RESULT_STATUS[result.toLowerCase()]
  if (kind === 'success') return ACTIVITY_STATUS.success
  if (kind === 'failure') return ACTIVITY_STATUS.failure
  if (kind === 'in-progress' && result !== undefined) return { status_id: 99 as const, status: result }
  return ACTIVITY_STATUS.unknown
}

export function outcomeOf(event: JsonObject, properties: JsonObject): EventOutcome {
  const result = asString(path(event, 'status', 'value'))
  const subStatus = asString(path(event, 'subStatus', 'value'))
  const propertiesStatus = asString(properties.statusCode)
  const error = asObject(parseJsonObject(properties.statusMessage)?.error)
  return {
    status: statusOf(result),
    statusCode: subStatus ?? propertiesStatus,
    httpCode: httpCodeOf(subStatus) ?? httpCodeOf(propertiesStatus),
    errorCode: asString(error?.code),
    errorMessage: asString(error?.message),
  }
}

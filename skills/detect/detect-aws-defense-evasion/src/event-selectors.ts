/**
 * How a PutEventSelectors call narrows what a trail logs about management events (the control-plane
 * calls every other detector reads). Selectors are OR-ed: management events stay fully logged while one
 * selector includes them for reads and writes with no service excluded. Basic and advanced selectors
 * are both read, as CloudTrail documents them.
 */
import { asArray, asBoolean, asObject, asString, asStrings, type JsonObject } from '#shared/json/index.ts'

export interface Narrowing {
  readonly reason: string
  /** Only some services' management events left out (KMS, RDS Data API): a common cost choice, so less severe. */
  readonly exclusionOnly: boolean
}

function basicNarrowing(selectors: JsonObject[]): Narrowing | undefined {
  // IncludeManagementEvents and ReadWriteType default to true and All.
  const management = selectors.filter((selector) => asBoolean(selector.includeManagementEvents) !== false)
  if (management.length === 0)
    return { reason: 'management events are no longer logged', exclusionOnly: false }
  const types = new Set(management.map((selector) => asString(selector.readWriteType) ?? 'All'))
  if (!types.has('All') && !(types.has('ReadOnly') && types.has('WriteOnly'))) {
    return { reason: `only ${[...types].join(' and ')} management events are logged`, exclusionOnly: false }
  }
  const full = management.filter((selector) => asStrings(selector.excludeManagementEventSources).length === 0)
  if (full.length > 0) return undefined
  const excluded = new Set(
    management.flatMap((selector) => asStrings(selector.excludeManagementEventSources)),
  )
  return {
    reason: `management events of ${[...excluded].sort().join(', ')} are excluded`,
    exclusionOnly: true,
  }
}

function fieldSelectorsOf(selector: JsonObject): JsonObject[] {
  const fields: JsonObject[] = []
  for (const item of asArray(selector.fieldSelectors) ?? []) {
    const field = asObject(item)
    if (field !== undefined) fields.push(field)
  }
  return fields
}

function advancedNarrowing(selectors: JsonObject[]): Narrowing | undefined {
  const management = selectors.filter((selector) =>
    fieldSelectorsOf(selector).some(
      (field) => field.field === 'eventCategory' && asStrings(field.equals).includes('Management'),
    ),
  )
  if (management.length === 0)
    return { reason: 'management events are no longer logged', exclusionOnly: false }
  // Any field besides eventCategory (readOnly, eventSource) filters the management events that selector keeps.
  const unfiltered = management.filter((selector) =>
    fieldSelectorsOf(selector).every((field) => field.field === 'eventCategory'),
  )
  if (unfiltered.length > 0) return undefined
  const filtered = new Set(
    management.flatMap((selector) =>
      fieldSelectorsOf(selector)
        .map((field) => asString(field.field))
        .filter((name) => name !== undefined && name !== 'eventCategory'),
    ),
  )
  return {
    reason: `management events are filtered by ${[...filtered].sort().join(', ')}`,
    exclusionOnly: !filtered.has('readOnly'),
  }
}

function objectsOf(value: unknown): JsonObject[] | undefined {
  const items = asArray(value)
  if (items === undefined) return undefined
  const objects: JsonObject[] = []
  for (const item of items) {
    const object = asObject(item)
    if (object !== undefined) objects.push(object)
  }
  return objects
}

/** How the selectors of a PutEventSelectors request narrow management-event logging, if they do. */
export function selectorNarrowing(request: JsonObject | undefined): Narrowing | undefined {
  const advanced = objectsOf(request?.advancedEventSelectors)
  if (advanced !== undefined) return advancedNarrowing(advanced)
  const basic = objectsOf(request?.eventSelectors)
  return basic === undefined ? undefined : basicNarrowing(basic)
}

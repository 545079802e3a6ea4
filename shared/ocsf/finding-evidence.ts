/**
 * How much evidence a finding keeps and the observables that point into it: shared by the Detection
 * Finding builder and by the ingesters of other tools' findings, and free of the zod models so those
 * ingesters start without loading them.
 */
import { OBSERVABLE_TYPES, type ObservableKind } from './enums.ts'
import type { Evidences, Observable } from './schema/objects.ts'

/** Findings keep the first events as evidence; the rest are counted, so a noisy rule cannot grow one finding. */
export const MAX_EVIDENCES = 10
export const MAX_RELATED_EVENTS = 100

function observable(kind: ObservableKind, name: string, value: string | undefined): Observable | undefined {
  return value === undefined || value.length === 0 ? undefined : { name, ...OBSERVABLE_TYPES[kind], value }
}

/** The actors, source addresses and targets of the evidence, as observables pointing into it. */
export function observablesOf(evidences: readonly Evidences[]): Observable[] {
  const found: Array<Observable | undefined> = []
  for (const evidence of evidences) {
    found.push(observable('userName', 'evidences.actor.user.name', evidence.actor?.user?.name))
    found.push(observable('ipAddress', 'evidences.src_endpoint.ip', evidence.src_endpoint?.ip))
    found.push(observable('ipAddress', 'evidences.dst_endpoint.ip', evidence.dst_endpoint?.ip))
    for (const resource of evidence.resources ?? []) {
      found.push(observable('resourceUid', 'evidences.resources.uid', resource.uid))
    }
  }
  return found.filter((item) => item !== undefined)
}

/** Observables without repeats (same name, type and value), in first-seen order; undefined when none. */
export function dedupeObservables(observables: readonly Observable[]): Observable[] | undefined {
  const seen = new Set<string>()
  const unique: Observable[] = []
  for (const item of observables) {
    const key = `${item.name}\u001f${item.type_id}\u001f${item.value ?? ''}`
    if (seen.has(key)) continue
    seen.add(key)
    unique.push(item)
  }
  return unique.length > 0 ? unique : undefined
}

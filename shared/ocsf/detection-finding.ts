/** Builds Detection Finding (2004) events from the events a rule fired on. */
import { stableUid } from '../json/canonical.ts'
import { attacksFor, type TechniqueRef } from '../mitre/attacks.ts'
import { CONFIDENCE, FINDING_STATUS, type SeverityName, severity } from './enums.ts'
import { classification, DETECTION_FINDING } from './event-classes.ts'
import { dedupeObservables, MAX_EVIDENCES, MAX_RELATED_EVENTS, observablesOf } from './finding-evidence.ts'
import { buildMetadata } from './metadata.ts'
import type { OcsfEvent } from './ocsf-event.ts'
import type { DetectionFinding } from './schema/classes.ts'
import {
  Actor,
  Api,
  Cloud,
  type Evidences,
  HttpRequest,
  NetworkConnectionInfo,
  NetworkEndpoint,
  type Observable,
  type RelatedEvent,
  ResourceDetails,
} from './schema/objects.ts'

export interface FindingRule {
  readonly id: string
  readonly title: string
  readonly severity: SeverityName
  readonly attacks: readonly TechniqueRef[]
  /** Why the behaviour matters; carried as finding_info.analytic.desc so converters can show it. */
  readonly rationale?: string
}

export interface DetectionFindingInput {
  /** The emitting skill, recorded as metadata.product.feature.name. */
  readonly skill: string
  readonly rule: FindingRule
  /** What makes this finding distinct among the rule's findings (actor, namespace, target...). */
  readonly key: readonly string[]
  readonly title: string
  readonly desc: string
  readonly severity?: SeverityName
  readonly confidence?: keyof typeof CONFIDENCE
  /** The triggering events in time order; at least one. */
  readonly events: readonly OcsfEvent[]
  /** How many events triggered it in all, when more were seen than kept. */
  readonly eventCount?: number
  readonly observables?: readonly Observable[]
  readonly resources?: readonly ResourceDetails[]
}

/** The part of a value that validates, or undefined: evidence copies only well-formed objects from its input. */
function valid<T>(
  schema: { safeParse(value: unknown): { success: boolean; data?: T } },
  value: unknown,
): T | undefined {
  if (value === undefined) return undefined
  const result = schema.safeParse(value)
  return result.success ? result.data : undefined
}

function validResources(value: unknown): ResourceDetails[] | undefined {
  if (!Array.isArray(value)) return undefined
  const resources = value.map((item) => valid(ResourceDetails, item)).filter((item) => item !== undefined)
  return resources.length > 0 ? resources : undefined
}

function eventUid(event: OcsfEvent): string {
  const uid = event.metadata.original_event_uid ?? event.metadata.uid
  return typeof uid === 'string' && uid.length > 0 ? uid : stableUid(event.class_uid, event.time)
}

function toEvidence(event: OcsfEvent): Evidences {
  const evidence: Evidences = {
    name: typeof event.type_name === 'string' ? event.type_name : undefined,
    uid: typeof event.metadata.uid === 'string' ? event.metadata.uid : undefined,
    actor: valid(Actor, event.actor),
    api: valid(Api, event.api),
    src_endpoint: valid(NetworkEndpoint, event.src_endpoint),
    dst_endpoint: valid(NetworkEndpoint, event.dst_endpoint),
    connection_info: valid(NetworkConnectionInfo, event.connection_info),
    http_request: valid(HttpRequest, event.http_request),
    resources: validResources(event.resources),
  }
  const present = Object.entries(evidence).filter(([name, value]) => value !== undefined && name !== 'name')
  if (present.length <= 1) evidence.data = { class_uid: event.class_uid, time: event.time }
  return compactEvidence(evidence)
}

function compactEvidence(evidence: Evidences): Evidences {
  const result: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(evidence)) if (value !== undefined) result[name] = value
  return result as Evidences
}

function toRelatedEvent(event: OcsfEvent): RelatedEvent {
  const related: RelatedEvent = { uid: eventUid(event), first_seen_time: event.time }
  if (Number.isInteger(event.type_uid)) related.type_uid = event.type_uid
  if (typeof event.type_name === 'string') related.type_name = event.type_name
  return related
}

function resourcesOf(evidences: readonly Evidences[]): ResourceDetails[] | undefined {
  const seen = new Set<string>()
  const resources: ResourceDetails[] = []
  for (const evidence of evidences) {
    for (const resource of evidence.resources ?? []) {
      const key = `${resource.type ?? ''}\u001f${resource.uid ?? ''}\u001f${resource.namespace ?? ''}\u001f${resource.name ?? ''}`
      if (seen.has(key)) continue
      seen.add(key)
      const { data: _data, ...withoutData } = resource
      resources.push(withoutData)
    }
  }
  return resources.length > 0 ? resources : undefined
}

function dataSourcesOf(events: readonly OcsfEvent[]): string[] | undefined {
  const sources = new Set<string>()
  for (const event of events) {
    const feature = event.metadata.product?.feature?.name
    if (typeof feature === 'string') sources.add(feature)
  }
  return sources.size > 0 ? [...sources].sort() : undefined
}

export function buildDetectionFinding(input: DetectionFindingInput): DetectionFinding {
  const [first] = input.events
  if (first === undefined) throw new Error(`rule ${input.rule.id} produced a finding with no events`)
  let firstSeen = first.time
  let lastSeen = first.time
  for (const event of input.events) {
    firstSeen = Math.min(firstSeen, event.time)
    lastSeen = Math.max(lastSeen, event.time)
  }
  const uid = stableUid(input.rule.id, ...input.key, eventUid(first))
  const evidences = input.events.slice(0, MAX_EVIDENCES).map(toEvidence)
  const cloud = valid(Cloud, input.events.find((event) => event.cloud !== undefined)?.cloud)
  const logSource = first.metadata.log_source
  const sequence = first.metadata.sequence
  const finding: DetectionFinding = {
    ...classification(DETECTION_FINDING, 1),
    ...severity(input.severity ?? input.rule.severity),
    ...FINDING_STATUS.new,
    ...CONFIDENCE[input.confidence ?? 'high'],
    time: lastSeen,
    message: input.title,
    is_alert: true,
    metadata: buildMetadata(input.skill, {
      uid,
      profiles: cloud === undefined ? undefined : ['cloud'],
      log_source: typeof logSource === 'string' ? logSource : undefined,
      sequence: Number.isSafeInteger(sequence) ? sequence : undefined,
    }),
    finding_info: {
      uid,
      title: input.title,
      desc: input.desc,
      analytic: {
        uid: input.rule.id,
        name: input.rule.title,
        desc: input.rule.rationale,
        type_id: 1,
        type: 'Rule',
      },
      attacks: attacksFor(input.rule.attacks),
      first_seen_time: firstSeen,
      last_seen_time: lastSeen,
      data_sources: dataSourcesOf(input.events),
      related_events: input.events.slice(0, MAX_RELATED_EVENTS).map(toRelatedEvent),
      related_events_count: input.eventCount ?? input.events.length,
    },
    evidences,
    observables: dedupeObservables([...(input.observables ?? []), ...observablesOf(evidences)]),
    resources: input.resources === undefined ? resourcesOf(evidences) : [...input.resources],
    cloud,
  }
  return dropUndefined(finding)
}

/** Removes undefined members at every level so the JSON is exactly what was set. */
function dropUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/**
 * The parts of a Detection (2004) or failed Compliance (2003) Finding an attack flow shows: who acted
 * (or which benchmark judged), what technique the rule saw, and on what.
 */
import { asArray, asInt, asObject, asString, path } from '#shared/json/index.ts'

/** A finding names at most this many actors and targets in the picture; more would be unreadable. */
export const MAX_ACTORS_PER_FINDING = 3
export const MAX_TARGETS_PER_FINDING = 3

export interface FlowFinding {
  readonly uid: string
  readonly severityId: number
  readonly time: number
  /** When the behaviour began (finding_info.first_seen_time), which orders an actor's steps. */
  readonly firstSeen: number
  /** Benchmarks judge configurations; they stand where an actor would. */
  readonly source: 'actor' | 'benchmark'
  readonly actors: readonly string[]
  /** The rule or control, which with the actors makes one step of the flow. */
  readonly ruleId: string
  readonly ruleName: string
  /** `T1552.007 Container API` */
  readonly techniques: readonly string[]
  readonly targets: readonly string[]
}

export type FlowResult =
  | { readonly flow: FlowFinding }
  | { readonly dropReason: string }
  | { readonly skipReason: string }

function distinct(values: ReadonlyArray<string | undefined>, limit: number): string[] {
  const seen: string[] = []
  for (const value of values) {
    if (value !== undefined && !seen.includes(value) && seen.length < limit) seen.push(value)
  }
  return seen
}

function actorsOf(finding: Record<string, unknown>): string[] {
  const evidences = asArray(finding.evidences) ?? []
  const users = distinct(
    evidences.map((evidence) => asString(path(evidence, 'actor', 'user', 'name'))),
    MAX_ACTORS_PER_FINDING,
  )
  if (users.length > 0) return users
  const observedUsers = (asArray(finding.observables) ?? [])
    .filter((observable) => asInt(path(observable, 'type_id')) === 4)
    .map((observable) => asString(path(observable, 'value')))
  const fromObservables = distinct(observedUsers, MAX_ACTORS_PER_FINDING)
  if (fromObservables.length > 0) return fromObservables
  const addresses = distinct(
    evidences.map((evidence) => asString(path(evidence, 'src_endpoint', 'ip'))),
    MAX_ACTORS_PER_FINDING,
  )
  return addresses.length > 0 ? addresses : ['unknown actor']
}

function techniquesOf(finding: Record<string, unknown>): string[] {
  const labels: Array<string | undefined> = []
  for (const attack of asArray(path(finding, 'finding_info', 'attacks')) ?? []) {
    const sub = asObject(path(attack, 'sub_technique'))
    const chosen = asString(sub?.uid) === undefined ? asObject(path(attack, 'technique')) : sub
    const uid = asString(chosen?.uid)
    if (uid === undefined) continue
    const name = asString(chosen?.name)
    labels.push(name === undefined ? uid : `${uid} ${name}`)
  }
  return distinct(labels, Number.POSITIVE_INFINITY)
}

/** `secrets payments/db-password`: the type, then the namespace and name, else the uid, of a resource. */
function targetLabel(resource: unknown): string | undefined {
  const type = asString(path(resource, 'type'))
  const name = asString(path(resource, 'name'))
  const namespace = asString(path(resource, 'namespace'))
  const where = [namespace, name].filter((part) => part !== undefined).join('/')
  const identity = where === '' ? asString(path(resource, 'uid')) : where
  const parts = [type, identity].filter((part) => part !== undefined)
  return parts.length > 0 ? parts.join(' ') : undefined
}

export function flowOf(record: unknown): FlowResult {
  const finding = asObject(record)
  if (finding === undefined) return { skipReason: 'not a JSON object' }
  const classUid = asInt(finding.class_uid)
  if (classUid !== 2004 && classUid !== 2003) return { dropReason: 'not a Detection or Compliance Finding' }
  if (classUid === 2003 && asInt(path(finding, 'compliance', 'status_id')) !== 3) {
    return { dropReason: 'compliance check that did not fail' }
  }
  const uid = asString(path(finding, 'finding_info', 'uid'))
  const title = asString(path(finding, 'finding_info', 'title')) ?? asString(finding.message)
  const time = asInt(finding.time)
  if (uid === undefined || title === undefined || time === undefined) {
    return { skipReason: 'finding without finding_info.uid, a title or a time' }
  }
  const isCompliance = classUid === 2003
  const standard = asString(asArray(path(finding, 'compliance', 'standards'))?.[0])
  const control = asString(path(finding, 'compliance', 'control'))
  const ruleName = asString(path(finding, 'finding_info', 'analytic', 'name')) ?? title
  return {
    flow: {
      uid,
      severityId: asInt(finding.severity_id) ?? 0,
      time,
      firstSeen: asInt(path(finding, 'finding_info', 'first_seen_time')) ?? time,
      source: isCompliance ? 'benchmark' : 'actor',
      actors: isCompliance ? [standard ?? 'posture check'] : actorsOf(finding),
      ruleId: asString(path(finding, 'finding_info', 'analytic', 'uid')) ?? control ?? title,
      ruleName: isCompliance && control !== undefined ? `${control} ${ruleName}` : ruleName,
      techniques: techniquesOf(finding),
      targets: distinct(
        (asArray(finding.resources) ?? []).map((resource) => targetLabel(resource)),
        MAX_TARGETS_PER_FINDING,
      ),
    },
  }
}

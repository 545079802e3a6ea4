/** What a detection rule is: metadata an analyst needs, and either a one-event match or a correlator. */
import type { TechniqueRef } from '../mitre/index.ts'
import type { CONFIDENCE, Observable, OcsfEvent, ResourceDetails, SeverityName } from '../ocsf/index.ts'

export interface RuleMetadata {
  /** kebab-case, equal to the rule's file name. */
  readonly id: string
  readonly title: string
  readonly severity: SeverityName
  /** ATT&CK or ATLAS references; names come from the pinned catalogue. */
  readonly attacks: readonly TechniqueRef[]
  /** The OCSF classes the rule reads; the runner skips every other class before doing any field work. */
  readonly classUids: readonly number[]
  /** Why this behaviour matters. */
  readonly rationale: string
  /** Threat research or official documentation describing the behaviour. */
  readonly reference: string
  /** Triage steps, numbered. */
  readonly runbook: string
  readonly falsePositives: readonly string[]
}

/** One firing of a rule, before it becomes a finding. */
export interface Detection {
  /** What makes it distinct (actor, namespace, target): firings with the same key within the window merge. */
  readonly key: readonly string[]
  readonly title?: string
  readonly desc: string
  readonly severity?: SeverityName
  readonly confidence?: keyof typeof CONFIDENCE
  /** The events it fired on, oldest first. */
  readonly events: readonly OcsfEvent[]
  /** How many events it fired on in all, when a correlator kept only some of them as `events`. */
  readonly eventCount?: number
  readonly observables?: readonly Observable[]
  readonly resources?: readonly ResourceDetails[]
}

/** A rule decided by one event at a time: `match` is the test, `describe` says what was found. */
export interface EventRule<Config> extends RuleMetadata {
  match(event: OcsfEvent, config: Config): boolean
  describe(event: OcsfEvent, config: Config): Omit<Detection, 'events'>
}

/** Bounded correlation state for one run. */
export interface Correlator {
  observe(event: OcsfEvent): readonly Detection[]
  /** End of input: detections still pending, if any. */
  finish?(): readonly Detection[]
}

/** A rule that needs several events: it gets a fresh correlator per run. */
export interface CorrelationRule<Config> extends RuleMetadata {
  correlator(config: Config): Correlator
}

export type Rule<Config> = EventRule<Config> | CorrelationRule<Config>

export function isCorrelationRule<Config>(rule: Rule<Config>): rule is CorrelationRule<Config> {
  return 'correlator' in rule
}

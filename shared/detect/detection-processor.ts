/**
 * Runs a skill's rules over OCSF events: rules are indexed by class so an event no rule reads is passed
 * over before it is parsed, firings merge into findings per rule and key, and every finding is checked
 * against the OCSF model before it is written. The models (zod) load with the first finding, not at
 * start: most runs over quiet logs never need them, and loading them costs more than starting the skill.
 */
import type { EmitContext, RecordContext, RecordProcessor } from '../io/index.ts'
import { assertTechniqueRefs } from '../mitre/index.ts'
import { type DetectionFinding, isOcsfEvent, type OcsfEvent } from '../ocsf/index.ts'
import { FindingAggregator, type FindingGroup } from './finding-aggregator.ts'
import { type Correlator, isCorrelationRule, type Rule, type RuleMetadata } from './rule.ts'

export interface DetectionOptions<Config> {
  readonly skill: string
  readonly rules: readonly Rule<Config>[]
  readonly config: Config
  /** Firings of one rule on one key within this window become one finding. */
  readonly dedupWindowMs: number
  /** The most findings held open at once; past it the oldest is emitted early. */
  readonly maxOpenFindings?: number
}

const CLASS_UID_IN_LINE = /"class_uid":(\d+)/
const CLOSE_CHECK_INTERVAL = 1024

type RuleRunner = { rule: RuleMetadata; observe(event: OcsfEvent): ReturnType<Correlator['observe']> }

/** Refuses a rule list with duplicate ids or technique references the catalogue does not hold. */
export function checkRules(rules: readonly RuleMetadata[]): void {
  const seen = new Set<string>()
  for (const rule of rules) {
    if (seen.has(rule.id)) throw new Error(`duplicate rule id ${rule.id}`)
    seen.add(rule.id)
    assertTechniqueRefs(rule.attacks)
  }
}

export function createDetectionProcessor<Config>(options: DetectionOptions<Config>): RecordProcessor {
  checkRules(options.rules)
  const byClass = new Map<number, RuleRunner[]>()
  const correlators: Array<{ rule: RuleMetadata; correlator: Correlator }> = []
  for (const rule of options.rules) {
    let runner: RuleRunner
    if (isCorrelationRule(rule)) {
      const correlator = rule.correlator(options.config)
      correlators.push({ rule, correlator })
      runner = { rule, observe: (event) => correlator.observe(event) }
    } else {
      runner = {
        rule,
        observe: (event) =>
          rule.match(event, options.config)
            ? [{ ...rule.describe(event, options.config), events: [event] }]
            : [],
      }
    }
    for (const classUid of rule.classUids) {
      const list = byClass.get(classUid) ?? []
      list.push(runner)
      byClass.set(classUid, list)
    }
  }
  const aggregator = new FindingAggregator(options.dedupWindowMs, options.maxOpenFindings ?? 10_000)
  let sinceCloseCheck = 0

  /** Findings closed while the current input chunk was processed, written in order at its end. */
  let closed: FindingGroup[] = []
  const hold = (groups: readonly FindingGroup[]): void => {
    for (const group of groups) closed.push(group)
  }

  const writeClosed = async (context: EmitContext): Promise<void> => {
    if (closed.length === 0) return
    const groups = closed
    closed = []
    const { buildDetectionFinding, ocsfProblems } = await import('../ocsf/models.ts')
    for (const group of groups) {
      const { rule, detection } = group
      let finding: DetectionFinding
      try {
        finding = buildDetectionFinding({
          skill: options.skill,
          rule,
          key: detection.key,
          title: detection.title ?? rule.title,
          desc: detection.desc,
          severity: detection.severity,
          confidence: detection.confidence,
          events: group.events,
          eventCount: group.eventCount,
          observables: detection.observables,
          resources: detection.resources,
        })
      } catch (error) {
        // A rule's defect costs its finding, never the run.
        context.warn(`finding of rule ${rule.id} left out: ${(error as Error).message}`)
        continue
      }
      const problems = ocsfProblems(finding)
      if (problems.length > 0) {
        context.warn(
          `finding of rule ${rule.id} left out: not valid OCSF (${problems.slice(0, 3).join('; ')})`,
        )
        continue
      }
      context.emit(finding)
    }
  }

  return {
    passOver(line) {
      const match = CLASS_UID_IN_LINE.exec(line)
      if (match === null) return undefined
      return byClass.has(Number(match[1])) ? undefined : 'event class not read by these rules'
    },

    process(record: unknown, context: RecordContext) {
      if (!isOcsfEvent(record)) {
        context.skip('not an OCSF event', 'needs integer class_uid and time, and a metadata object')
        return
      }
      const runners = byClass.get(record.class_uid)
      if (runners === undefined) {
        context.drop('event class not read by these rules')
        return
      }
      aggregator.advance(record.time)
      for (const runner of runners) {
        for (const detection of runner.observe(record)) hold(aggregator.add(runner.rule, detection))
      }
      sinceCloseCheck += 1
      if (sinceCloseCheck >= CLOSE_CHECK_INTERVAL) {
        sinceCloseCheck = 0
        hold(aggregator.takeClosed())
      }
    },

    endBatch: writeClosed,

    async finish(context) {
      for (const { rule, correlator } of correlators) {
        for (const detection of correlator.finish?.() ?? []) hold(aggregator.add(rule, detection))
      }
      hold(aggregator.takeAll())
      await writeClosed(context)
    },
  }
}

/** The detection layer's shared parts: the rule shape, the rule runner, finding aggregation, distinct counts. */
export { checkRules, createDetectionProcessor, type DetectionOptions } from './detection-processor.ts'
export { DistinctTally, type DistinctTallyOptions, type TallyOutcome } from './distinct-tally.ts'
export { FindingAggregator, type FindingGroup } from './finding-aggregator.ts'
export {
  type CorrelationRule,
  type Correlator,
  type Detection,
  type EventRule,
  isCorrelationRule,
  type Rule,
  type RuleMetadata,
} from './rule.ts'

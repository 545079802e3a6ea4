/** The common CLI harness: program shape, option parsers, exit statuses, and the record-skill runner. */
export { EXIT_STATUS, type ExitStatus, exitStatusOf } from './exit-status.ts'
export {
  type CommonOptions,
  createSkillProgram,
  parseRecordSkillArguments,
  type RecordSkill,
  runMain,
  runRecordSkill,
} from './harness.ts'
export {
  collectOption,
  durationOption,
  positiveIntegerOption,
  severityOption,
  timeOption,
} from './option-parsers.ts'

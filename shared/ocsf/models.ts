/**
 * The zod models of the emitted classes and what needs them at run time: validation, and the Detection
 * Finding builder, whose evidence copies only objects that validate. Loading zod and building the models
 * costs tens of milliseconds, so index.ts leaves them out and a detector imports this module only when
 * its first finding is due.
 */
export { buildDetectionFinding } from './detection-finding.ts'
export * from './schema/classes.ts'
export * from './schema/objects.ts'
export { MODELLED_CLASS_UIDS, ocsfProblems } from './validate.ts'

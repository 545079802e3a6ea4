/** Streaming input and output for every skill: JSONL records in, events out, every record accounted for. */
export { type Input, inputFromText, resolveInputs } from './inputs.ts'
export { Output, OutputClosedError } from './output.ts'
export { DEFAULT_READ_LIMITS, type InputItem, type ReadLimits, readInputItems } from './record-reader.ts'
export { type EmitContext, type RecordContext, type RecordProcessor, RecordRunner } from './record-runner.ts'
export { formatLocation, type Location, MAX_PRINTED_WARNINGS, Reporter } from './reporter.ts'
export { quoteForMessage, scrubSecrets } from './scrub.ts'

/**
 * One hostile run of a record skill in-process, the way the harness runs it, and the invariants every run
 * must keep: nothing threw (an input is unreadable only when it is corrupt gzip), every record accounted
 * for (read = processed + dropped + skipped, and input with content reads at least one record), no record
 * skipped because the skill threw, and everything emitted valid: OCSF events against the zod models, or
 * a view's SARIF or Mermaid document.
 */
import { PassThrough } from 'node:stream'
import { inputFromText, Output, RecordRunner, Reporter, readInputItems } from '#shared/io/index.ts'
import { ocsfProblems } from '#shared/ocsf/models.ts'
import { type AnyRecordSkill, createProcessor } from './record-skills.ts'
import { viewDocumentProblems } from './view-documents.ts'

const STACK_OVERFLOW = 'Maximum call stack size exceeded'

export interface HostileRun {
  readonly output: string
  readonly reporter: Reporter
  readonly warnings: readonly string[]
  readonly readError?: Error
}

/** Runs a fresh processor, built with these options, over raw input; collects output and warnings. */
export async function runHostile(
  skill: AnyRecordSkill,
  options: readonly string[],
  input: string | Buffer,
): Promise<HostileRun> {
  const processor = await createProcessor(skill, options)
  const sink = new PassThrough()
  const chunks: Buffer[] = []
  sink.on('data', (chunk: Buffer) => chunks.push(chunk))
  const warnings: string[] = []
  const reporter = new Reporter({
    skill: skill.name,
    writeStderr: (line) => warnings.push(line),
    quiet: true,
  })
  const runner = new RecordRunner(processor, reporter, Output.toStream(sink))
  let readError: Error | undefined
  try {
    await runner.consume(readInputItems(inputFromText('hostile.jsonl', input)))
  } catch (error) {
    readError = error as Error
  }
  await runner.finish()
  sink.end()
  return { output: Buffer.concat(chunks).toString('utf8'), reporter, warnings, readError }
}

function isGzip(input: string | Buffer): boolean {
  const bytes = Buffer.from(input)
  return bytes[0] === 0x1f && bytes[1] === 0x8b
}

function hasContent(input: string | Buffer): boolean {
  return Buffer.from(input).toString('utf8').trim().length > 0
}

export interface Tolerance {
  /** Records nested past what the runtime can serialise may be skipped for it (and only for it). */
  readonly stackOverflow?: boolean
  /** Parse a Mermaid document with Mermaid itself (slow), or check only its first line. */
  readonly parseMermaid?: boolean
}

function outputProblems(layer: string, run: HostileRun, parseMermaid: boolean): Promise<string[]> | string[] {
  if (layer === 'view') return viewDocumentProblems(run.output, { parseMermaid })
  const problems: string[] = []
  const lines = run.output.split('\n').filter((line) => line.length > 0)
  if (lines.length !== run.reporter.emitted) {
    problems.push(`emitted ${run.reporter.emitted} but wrote ${lines.length} lines`)
  }
  lines.forEach((line, index) => {
    let event: unknown
    try {
      event = JSON.parse(line)
    } catch {
      problems.push(`output line ${index + 1} is not JSON`)
      return
    }
    for (const problem of ocsfProblems(event).slice(0, 3)) problems.push(`event ${index + 1}: ${problem}`)
  })
  return problems
}

/** Every invariant of one run, as readable problems; an empty list means the run kept them all. */
export async function problemsOf(
  skill: AnyRecordSkill,
  layer: string,
  input: string | Buffer,
  run: HostileRun,
  tolerance: Tolerance = {},
): Promise<string[]> {
  const problems: string[] = []
  const { reporter } = run
  if (run.readError !== undefined && !isGzip(input)) problems.push(`reading threw: ${run.readError.message}`)
  if (!reporter.isBalanced()) problems.push(`not every record is accounted for: ${reporter.summary()}`)
  if (hasContent(input) && reporter.read === 0 && run.readError === undefined) {
    problems.push('an input with content was read as no record')
  }
  const threw = reporter.skipped.get('processing error') ?? 0
  if (threw > 0) {
    const thrown = run.warnings.filter((line) => line.includes('skipped: processing error'))
    const unexpected = tolerance.stackOverflow
      ? thrown.filter((line) => !line.includes(STACK_OVERFLOW))
      : thrown
    if (unexpected.length > 0) {
      problems.push(`${threw} record(s) made the skill throw: ${unexpected.slice(0, 3).join(' | ')}`)
    }
  }
  const documentLabel = layer === 'view' ? 'document: ' : ''
  for (const problem of await outputProblems(layer, run, tolerance.parseMermaid ?? true)) {
    problems.push(`${documentLabel}${problem}`)
  }
  if (problems.length > 0) problems.unshift(`${skill.name}: ${reporter.summary()}`)
  return problems
}

/**
 * The harness every skill runs in: one commander program shape (--help, --version, -o, inputs),
 * one error-to-exit-status mapping, quiet ends on closed pipes, and the summary line on stderr.
 */
import { Command, CommanderError } from 'commander'
import { UsageError } from '../errors/index.ts'
import {
  type InputItem,
  Output,
  OutputClosedError,
  type RecordProcessor,
  RecordRunner,
  Reporter,
  readInputItems,
  resolveInputs,
  scrubSecrets,
} from '../io/index.ts'
import { TOOLKIT_VERSION } from '../ocsf/index.ts'
import { EXIT_STATUS, exitStatusOf } from './exit-status.ts'

/** The options every skill has. */
export interface CommonOptions {
  output?: string
  quiet?: boolean
}

/** A commander program with the toolkit's common shape; skills add their own options to it. */
export function createSkillProgram(name: string, description: string): Command {
  const program = new Command(name)
    .description(description)
    .version(TOOLKIT_VERSION, '-V, --version', 'print the version and exit')
    .helpOption('-h, --help', 'show this help and exit')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => process.stdout.write(text),
      writeErr: (text) => process.stderr.write(text),
    })
  return program
}

function printError(name: string, error: unknown): void {
  const status = exitStatusOf(error)
  if (status === EXIT_STATUS.internal) {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error)
    process.stderr.write(`${name}: internal error (please report it): ${scrubSecrets(text)}\n`)
  } else {
    process.stderr.write(`${name}: ${scrubSecrets((error as Error).message)}\n`)
  }
}

function installSignalHandlers(name: string): void {
  process.once('SIGINT', () => {
    process.stderr.write(`${name}: interrupted\n`)
    process.exit(EXIT_STATUS.interrupted)
  })
  process.once('SIGTERM', () => {
    process.stderr.write(`${name}: terminated\n`)
    process.exit(EXIT_STATUS.terminated)
  })
  // A closed stdout surfaces as an EPIPE error event on the stream; the Output class turns it into a quiet end.
  process.stdout.on('error', () => {})
}

/**
 * Runs a skill's main function and sets the exit status: the returned status, or the one its error maps to.
 * Never calls process.exit on the normal path, so buffered output is flushed before the process ends.
 */
export async function runMain(name: string, main: () => Promise<number>): Promise<void> {
  installSignalHandlers(name)
  try {
    const status = await main()
    process.exitCode = status
  } catch (error) {
    if (error instanceof OutputClosedError) {
      process.exitCode = EXIT_STATUS.success
      return
    }
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? EXIT_STATUS.success : EXIT_STATUS.usage
      return
    }
    printError(name, error)
    process.exitCode = exitStatusOf(error)
  }
}

export interface RecordSkill<Options extends CommonOptions> {
  readonly name: string
  readonly description: string
  /** Adds the skill's own options (and help text) to the common program. */
  configure?(program: Command): void
  /** Builds the processor from the parsed options; throws UsageError on a bad combination. */
  create(options: Options, reporter: Reporter): RecordProcessor | Promise<RecordProcessor>
  /** Records read from a live API instead of files, when the options ask for it; undefined for file mode. */
  liveSource?(options: Options, reporter: Reporter): AsyncIterable<InputItem[]> | undefined
}

/**
 * The command line of a record skill, parsed: its options (defaults filled in) and the input paths. The
 * harness runs with exactly this; tests use it to build a skill's processor in-process the same way.
 */
export async function parseRecordSkillArguments<Options extends CommonOptions>(
  skill: RecordSkill<Options>,
  argv: readonly string[],
): Promise<{ options: Options; inputPaths: string[] }> {
  const program = createSkillProgram(skill.name, skill.description)
    .argument('[inputs...]', 'input files (JSONL, JSON, or gzip of either); none or - reads standard input')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('-q, --quiet', 'leave out the summary line on stderr (warnings still print)')
  skill.configure?.(program)
  await program.parseAsync([...argv])
  return { options: program.opts<Options>(), inputPaths: program.args }
}

/** Runs a skill that turns input records into JSONL events (or, at the end, one document). */
export async function runRecordSkill<Options extends CommonOptions>(
  skill: RecordSkill<Options>,
  argv: readonly string[] = process.argv,
): Promise<void> {
  await runMain(skill.name, async () => {
    const { options, inputPaths } = await parseRecordSkillArguments(skill, argv)
    const reporter = new Reporter({ skill: skill.name, quiet: options.quiet })
    const processor = await skill.create(options, reporter)
    const live = skill.liveSource?.(options, reporter)
    if (live !== undefined && inputPaths.length > 0) {
      throw new UsageError('input files and a live API source cannot be combined')
    }
    const inputs = live === undefined ? await resolveInputs(inputPaths) : []
    const output = await Output.open(options.output)
    const runner = new RecordRunner(processor, reporter, output)
    if (live !== undefined) await runner.consume(live)
    let unreadable = 0
    for (const input of inputs) {
      try {
        await runner.consume(readInputItems(input))
      } catch (error) {
        if (error instanceof OutputClosedError) throw error
        unreadable += 1
        reporter.warn(`${input.name}: reading stopped: ${(error as Error).message}`)
      }
    }
    await runner.finish()
    await output.close()
    if (unreadable > 0) reporter.note(`${unreadable} input(s) could not be read to the end`)
    reporter.printSummary()
    return unreadable > 0 ? EXIT_STATUS.input : EXIT_STATUS.success
  })
}

/**
 * The harness of every posture skill: `<skill> [evaluate] [inputs...]` evaluates (collecting first when
 * the skill collects and no snapshot is given), `<skill> collect` writes a snapshot only. Output is OCSF
 * Compliance Findings as JSONL, or a table with --format table; --fail-on gates CI with exit status 1.
 */
import type { Command } from 'commander'
import { type CommonOptions, createSkillProgram, EXIT_STATUS, runMain, severityOption } from '../cli/index.ts'
import { UsageError } from '../errors/index.ts'
import { Output, Reporter } from '../io/index.ts'
import type { Benchmark, Cloud, ComplianceFinding, ResourceDetails, SeverityName } from '../ocsf/index.ts'
import type { PostureControl } from './control.ts'
import { evaluateControls } from './evaluate-controls.ts'
import { createProgress, type Progress } from './progress.ts'
import { meetsFailOn, type PostureFormat, selectFindings, toJsonl, toTable } from './report.ts'

export interface PostureOptions extends CommonOptions {
  onlyFailed?: boolean
  format: PostureFormat
  failOn?: SeverityName
}

/** What a skill's loader hands to the controls. */
export interface LoadedSubject<Subject> {
  readonly subject: Subject
  readonly sectionErrors: Readonly<Record<string, string>>
  /** When the configuration was observed (snapshot time, or --evaluated-at for files). */
  readonly time: number
  readonly scope: ResourceDetails
  readonly cloud?: Cloud
  readonly logSource?: string
}

export interface PostureSkill<Options extends PostureOptions, Subject> {
  readonly name: string
  readonly description: string
  readonly benchmark: Benchmark
  readonly controls: readonly PostureControl<Subject>[]
  /** Adds the evaluate command's own options (--snapshot, provider flags, --from-cluster...). */
  configure?(command: Command): void
  /**
   * Reads the inputs, or collects live, into what the controls evaluate. A loader that reads records
   * (manifests, documents, services) counts them on the reporter, and warns there about what it skipped.
   */
  load(
    options: Options,
    inputs: readonly string[],
    progress: Progress,
    reporter: Reporter,
  ): Promise<LoadedSubject<Subject>>
  /** A `collect` subcommand that writes the snapshot JSON and nothing else. */
  readonly collect?: {
    configure?(command: Command): void
    run(options: Options, progress: Progress): Promise<string>
  }
}

function checkControls<Subject>(controls: readonly PostureControl<Subject>[]): void {
  const seen = new Set<string>()
  for (const control of controls) {
    if (seen.has(control.id)) throw new Error(`duplicate control ${control.id}`)
    seen.add(control.id)
  }
}

/** The summary's note on the evaluation; the reporter's own part says what was read and emitted. */
function summarise(findings: readonly ComplianceFinding[]): string {
  const counts = new Map<string, number>()
  for (const finding of findings) {
    const status = finding.compliance.status ?? 'Unknown'
    counts.set(status, (counts.get(status) ?? 0) + 1)
  }
  const parts = [...counts.entries()].map(([status, count]) => `${status.toLowerCase()} ${count}`).join(', ')
  return `evaluated ${findings.length} check result(s) (${parts || 'none'})`
}

export async function runPostureSkill<Options extends PostureOptions, Subject>(
  skill: PostureSkill<Options, Subject>,
  argv: readonly string[] = process.argv,
): Promise<void> {
  checkControls(skill.controls)
  await runMain(skill.name, async () => {
    let status: number = EXIT_STATUS.success
    const program = createSkillProgram(skill.name, skill.description)
    const evaluate = program
      .command('evaluate', { isDefault: true })
      .description(
        `evaluate ${skill.benchmark.name} ${skill.benchmark.version} and write Compliance Findings`,
      )
      .argument('[inputs...]', 'files to evaluate, where the skill reads files')
      .option('-o, --output <file>', 'write to this file instead of standard output')
      .option('--only-failed', 'write failed checks only')
      .option('--format <format>', 'ocsf (Compliance Finding JSONL) or table (for people)', 'ocsf')
      .option(
        '--fail-on <severity>',
        'exit with status 1 when a failure at or above this severity exists',
        severityOption,
      )
      .option('-q, --quiet', 'leave out the summary line on stderr')
    skill.configure?.(evaluate)
    evaluate.action(async (inputs: string[], options: Options) => {
      if (options.format !== 'ocsf' && options.format !== 'table')
        throw new UsageError('--format must be ocsf or table')
      const progress = createProgress(process.stderr, skill.name)
      const reporter = new Reporter({ skill: skill.name, quiet: options.quiet })
      const loaded = await skill.load(options, inputs, progress, reporter)
      progress.done()
      const findings = evaluateControls({
        skill: skill.name,
        benchmark: skill.benchmark,
        controls: skill.controls,
        subject: loaded.subject,
        sectionErrors: loaded.sectionErrors,
        time: loaded.time,
        scope: loaded.scope,
        cloud: loaded.cloud,
        logSource: loaded.logSource,
      })
      // The OCSF models (zod) load only when there are findings to check: --help and --version start fast.
      const { ocsfProblems } = await import('../ocsf/models.ts')
      for (const finding of findings) {
        const problems = ocsfProblems(finding)
        if (problems.length > 0)
          throw new Error(
            `control ${finding.compliance.control} built an invalid finding: ${problems.join('; ')}`,
          )
      }
      const selected = selectFindings(findings, options.onlyFailed === true)
      const output = await Output.open(options.output)
      const colour = options.output === undefined && process.stdout.isTTY === true
      await output.write(options.format === 'table' ? toTable(selected, colour) : toJsonl(selected))
      await output.close()
      reporter.emitted = selected.length
      reporter.note(summarise(findings))
      reporter.printSummary()
      status = meetsFailOn(findings, options.failOn) ? EXIT_STATUS.findings : EXIT_STATUS.success
    })
    const { collect } = skill
    if (collect !== undefined) {
      const command = program
        .command('collect')
        .description('collect the configuration the checks read (read-only) and write it as a snapshot JSON')
        .option('-o, --output <file>', 'write the snapshot to this file instead of standard output')
      collect.configure?.(command)
      command.action(async (options: Options) => {
        const progress = createProgress(process.stderr, skill.name)
        const snapshot = await collect.run(options, progress)
        progress.done()
        const output = await Output.open(options.output)
        await output.write(snapshot)
        await output.close()
      })
    }
    await program.parseAsync([...argv])
    return status
  })
}

/** remediate-iam-departures-verify: re-reads the identities a departures plan removes; anything still there becomes a Detection Finding (drift). */
import { readFile } from 'node:fs/promises'
import {
  type CommonOptions,
  createSkillProgram,
  EXIT_STATUS,
  runMain,
  severityOption,
  timeOption,
} from '#shared/cli/index.ts'
import { InputError, RefusedError } from '#shared/errors/index.ts'
import { Output, Reporter } from '#shared/io/index.ts'
import { SEVERITY_IDS, type SeverityName } from '#shared/ocsf/index.ts'
import {
  addIdentitySourceOptions,
  DEFAULT_RETRY,
  type IdentitySourceOptions,
  openDirectories,
  parsePlan,
} from '#shared/remediate/index.ts'
import { reverifyPlan } from './reverify.ts'

const SKILL_NAME = 'remediate-iam-departures-verify'

interface Options extends CommonOptions, IdentitySourceOptions {
  asOf?: number
  failOn?: SeverityName
}

await runMain(SKILL_NAME, async () => {
  const program = createSkillProgram(
    SKILL_NAME,
    'Re-verify a departures plan: read every identity it removes again (live, read-only, or from an inventory snapshot) and report each one still present as an OCSF Detection Finding (2004) naming what is left.',
  )
    .argument('<plan>', 'the plan written by remediate-iam-departures-plan')
    .option('-o, --output <file>', 'write the findings to this file instead of standard output')
    .option('-q, --quiet', 'leave out the summary line on stderr (warnings still print)')
    .option(
      '--as-of <time>',
      'the time the identities were read, for findings from a snapshot (default: now)',
      timeOption,
    )
    .option(
      '--fail-on <severity>',
      'exit with status 1 when a finding at or above this severity is emitted',
      severityOption,
    )
  addIdentitySourceOptions(program)
  await program.parseAsync(process.argv)
  const options = program.opts<Options>()
  const planPath = program.args[0] as string
  let text: string
  try {
    text = await readFile(planPath, 'utf8')
  } catch (error) {
    throw new InputError(`${planPath}: the plan cannot be read (${(error as NodeJS.ErrnoException).code})`)
  }
  let plan: ReturnType<typeof parsePlan>
  try {
    plan = parsePlan(text, planPath)
  } catch (error) {
    // Verification writes nothing, so a plan it cannot trust is a bad input here, not a refused write.
    if (error instanceof RefusedError) throw new InputError(error.message)
    throw error
  }
  const reporter = new Reporter({ skill: SKILL_NAME, quiet: options.quiet })
  const retry = {
    ...DEFAULT_RETRY,
    sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  }
  const directories = await openDirectories(options, retry, SKILL_NAME)
  const findings = await reverifyPlan(plan, directories, options.asOf ?? Date.now(), SKILL_NAME, reporter)
  const output = await Output.open(options.output)
  for (const finding of findings) await output.write(`${JSON.stringify(finding)}\n`)
  await output.close()
  reporter.note(`${findings.length} of ${plan.identities.length} identities still present`)
  reporter.printSummary()
  const threshold = options.failOn === undefined ? undefined : SEVERITY_IDS[options.failOn]
  const failing = threshold !== undefined && findings.some((finding) => finding.severity_id >= threshold)
  return failing ? EXIT_STATUS.findings : EXIT_STATUS.success
})

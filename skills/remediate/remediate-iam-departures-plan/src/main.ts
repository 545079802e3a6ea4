/** remediate-iam-departures-plan: departed people's cloud identities, reconciled read-only, into a plan of removal actions (the dry run). */
import { readFile } from 'node:fs/promises'
import { InvalidArgumentError } from 'commander'
import {
  type CommonOptions,
  collectOption,
  createSkillProgram,
  EXIT_STATUS,
  positiveIntegerOption,
  runMain,
  timeOption,
} from '#shared/cli/index.ts'
import { InputError, UsageError } from '#shared/errors/index.ts'
import { Output, Reporter, resolveInputs } from '#shared/io/index.ts'
import { parseDuration } from '#shared/ocsf/index.ts'
import {
  addIdentitySourceOptions,
  DEFAULT_RETRY,
  type IdentitySourceOptions,
  isProcessEntry,
  openDirectories,
  ProtectedPrincipals,
  renderPlan,
} from '#shared/remediate/index.ts'
import { readChangeState, writeChangeState } from './change-state.ts'
import type { HrFormat } from './departure-collector.ts'
import { type DepartureSource, fileSource, workdaySource } from './departure-sources.ts'
import { IdentityMapping } from './identity-mapping.ts'
import { makePlan } from './make-plan.ts'

export { handler } from './lambda.ts'

const SKILL_NAME = 'remediate-iam-departures-plan'

interface Options extends CommonOptions, IdentitySourceOptions {
  workdayUrl?: string
  format?: HrFormat
  asOf?: number
  gracePeriod: number
  deny?: string[]
  denyList?: string
  mapping?: string
  state?: string
  maxAttempts: number
}

function gracePeriodOption(value: string): number {
  const millis = parseDuration(value)
  if (millis === undefined || millis < 0)
    throw new InvalidArgumentError('expected a duration such as 7d, 36h or 0')
  return millis
}

function formatOption(value: string): HrFormat {
  if (value !== 'csv' && value !== 'json') throw new InvalidArgumentError('expected csv or json')
  return value
}

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    throw new InputError(`${path}: the ${what} cannot be read (${(error as NodeJS.ErrnoException).code})`)
  }
}

/** Deny-list patterns: one a line, `#` starts a comment. */
function denyPatterns(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line.length > 0)
}

async function run(argv: readonly string[]): Promise<number> {
  const program = createSkillProgram(
    SKILL_NAME,
    "Find departed people's cloud identities (AWS IAM users, Entra ID users, GCP service accounts, Workspace users), read-only, and write a plan of every removal action per identity with its sha256. A dry run: nothing is changed.",
  )
    .argument('[exports...]', 'HR departure exports (CSV or JSON; none or - reads standard input)')
    .option('-o, --output <file>', 'write the plan to this file instead of standard output')
    .option('-q, --quiet', 'leave out the summary line on stderr (warnings still print)')
    .option(
      '--workday-url <url>',
      'read departures from this Workday custom report (RaaS, JSON) instead of files; WORKDAY_USERNAME and WORKDAY_PASSWORD hold the integration user',
    )
    .option(
      '--format <csv|json>',
      'the format of the exports (default: by file name, else by the first line)',
      formatOption,
    )
    .option(
      '--as-of <time>',
      'judge grace periods and rehires at this RFC 3339 time (default: now)',
      timeOption,
    )
    .option(
      '--grace-period <duration>',
      'plan a departure only this long after the termination date',
      gracePeriodOption,
      7 * 86_400_000,
    )
    .option(
      '--deny <pattern>',
      'never plan a principal whose name matches this pattern, * a wildcard (repeatable)',
      collectOption,
    )
    .option('--deny-list <file>', 'a file of such patterns, one a line')
    .option(
      '--mapping <file>',
      'identities tied to people by hand (JSON array of email or employee_id, provider, uid)',
    )
    .option(
      '--state <file>',
      'change detection: plan only identities new or changed since the run that wrote this file, and update it',
    )
    .option(
      '--max-attempts <n>',
      'attempts per API call when throttled',
      positiveIntegerOption,
      DEFAULT_RETRY.maxAttempts,
    )
  addIdentitySourceOptions(program)
  await program.parseAsync([...argv])
  const options = program.opts<Options>()
  if (options.workdayUrl !== undefined && program.args.length > 0) {
    throw new UsageError('--workday-url and export files cannot be combined')
  }
  const reporter = new Reporter({ skill: SKILL_NAME, quiet: options.quiet })
  let sources: DepartureSource[]
  if (options.workdayUrl === undefined) {
    sources = (await resolveInputs(program.args)).map(fileSource)
  } else {
    const username = process.env.WORKDAY_USERNAME
    const password = process.env.WORKDAY_PASSWORD
    if (username === undefined || password === undefined) {
      throw new UsageError('--workday-url needs WORKDAY_USERNAME and WORKDAY_PASSWORD in the environment')
    }
    sources = [workdaySource({ url: options.workdayUrl, username, password })]
  }
  const deny = [...(options.deny ?? [])]
  if (options.denyList !== undefined)
    deny.push(...denyPatterns(await readText(options.denyList, 'deny list')))
  const mapping =
    options.mapping === undefined
      ? IdentityMapping.empty()
      : IdentityMapping.parse(await readText(options.mapping, 'mapping file'), options.mapping)
  const retry = {
    ...DEFAULT_RETRY,
    maxAttempts: options.maxAttempts,
    sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  }
  const directories = await openDirectories(options, retry, SKILL_NAME)
  const { plan, nextState } = await makePlan(
    {
      sources,
      format: options.format,
      directories,
      mapping,
      protectedPrincipals: new ProtectedPrincipals(deny),
      asOf: options.asOf ?? Date.now(),
      graceMs: options.gracePeriod,
      previousState: options.state === undefined ? new Map() : await readChangeState(options.state),
    },
    reporter,
  )
  const output = await Output.open(options.output)
  await output.write(renderPlan(plan))
  await output.close()
  if (options.state !== undefined) await writeChangeState(options.state, nextState)
  reporter.printSummary()
  return EXIT_STATUS.success
}

if (isProcessEntry(import.meta.url)) await runMain(SKILL_NAME, () => run(process.argv))

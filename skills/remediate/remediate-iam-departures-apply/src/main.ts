/** remediate-iam-departures-apply: runs an approved departures plan (only with --apply), audits every action, dead-letters failures, re-verifies. */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Command } from 'commander'
import {
  collectOption,
  createSkillProgram,
  EXIT_STATUS,
  positiveIntegerOption,
  runMain,
} from '#shared/cli/index.ts'
import { InputError, RefusedError, UsageError } from '#shared/errors/index.ts'
import { Output } from '#shared/io/index.ts'
import {
  addLiveOptions,
  awsTargets,
  createDynamoDbAuditStore,
  createS3AuditStore,
  DEFAULT_RETRY,
  googleClients,
  graphClient,
  isProcessEntry,
  type LiveOptions,
  liveDirectories,
  type Plan,
  ProtectedPrincipals,
  type Provider,
  parseApproval,
  parsePlan,
  type RemoteAuditStore,
} from '#shared/remediate/index.ts'
import { type ApplySessionResult, runApplySession } from './apply-session.ts'
import { type DeadLetterSink, deadLetterFile, deadLetterQueue, readDeadLetters } from './dead-letter.ts'
import type { ActionExecutor } from './executors/action-executor.ts'
import { createAwsExecutor } from './executors/aws-executor.ts'
import { createGoogleExecutor } from './executors/google-executor.ts'
import { createGraphExecutor } from './executors/graph-executor.ts'
import { preflight } from './preflight.ts'

export { handler } from './lambda.ts'

const SKILL_NAME = 'remediate-iam-departures-apply'

const GOOGLE_WRITE_SCOPES = [
  'https://www.googleapis.com/auth/cloud-platform',
  'https://www.googleapis.com/auth/admin.directory.user',
]

interface Options extends LiveOptions {
  output?: string
  quiet?: boolean
  approval?: string
  apply?: boolean
  auditLog: string
  auditS3?: string
  auditDynamodb?: string
  deadLetter: string
  deadLetterQueueUrl?: string
  deny?: string[]
  maxAttempts: number
}

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    throw new InputError(`${path}: the ${what} cannot be read (${(error as NodeJS.ErrnoException).code})`)
  }
}

function addApplyOptions(command: Command): Command {
  command
    .option(
      '--approval <file>',
      'the approval record (approver, ticket, plan_sha256) that lets this plan run',
    )
    .option('--apply', 'make the changes; without it nothing is called and the run is a dry run')
    .option(
      '--audit-log <file>',
      'the local hash-chained audit log, appended to',
      'iam-departures-audit.jsonl',
    )
    .option('--audit-s3 <s3://bucket/prefix/>', 'also copy every audit row to this S3 location')
    .option(
      '--audit-dynamodb <table>',
      'also copy every audit row to this DynamoDB table (keys chain, sequence)',
    )
    .option(
      '--dead-letter <file>',
      'where actions that did not complete are written',
      'iam-departures-dead-letter.jsonl',
    )
    .option('--dead-letter-queue-url <url>', 'also send each dead letter to this SQS queue')
    .option(
      '--deny <pattern>',
      'refuse a plan naming a principal that matches this pattern, besides the built-in ones (repeatable)',
      collectOption,
    )
    .option(
      '--max-attempts <n>',
      'attempts per call when throttled',
      positiveIntegerOption,
      DEFAULT_RETRY.maxAttempts,
    )
    .option('-o, --output <file>', 'write the audit rows and drift findings here instead of standard output')
    .option('-q, --quiet', 'leave out the summary line on stderr')
  return addLiveOptions(command)
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

async function executorsFor(
  providers: readonly Provider[],
  options: Options,
): Promise<Partial<Record<Provider, ActionExecutor>>> {
  const executors: Partial<Record<Provider, ActionExecutor>> = {}
  if (providers.includes('aws'))
    executors.aws = await createAwsExecutor(awsTargets(options, SKILL_NAME), SKILL_NAME)
  if (providers.includes('entra')) executors.entra = createGraphExecutor(graphClient(options))
  if (providers.includes('gcp') || providers.includes('workspace')) {
    const google = createGoogleExecutor(googleClients(options, GOOGLE_WRITE_SCOPES))
    executors.gcp = google
    executors.workspace = google
  }
  return executors
}

async function remoteStore(options: Options): Promise<RemoteAuditStore | undefined> {
  if (options.auditS3 !== undefined && options.auditDynamodb !== undefined) {
    throw new UsageError('--audit-s3 and --audit-dynamodb cannot be combined: choose one remote copy')
  }
  if (options.auditS3 !== undefined) return createS3AuditStore(options.auditS3, {})
  if (options.auditDynamodb !== undefined) return createDynamoDbAuditStore(options.auditDynamodb, {})
  return undefined
}

function describeDryRun(
  plan: Plan,
  only: ReadonlySet<string> | undefined,
  write: (line: string) => void,
): void {
  let actions = 0
  let identities = 0
  for (const planned of plan.identities) {
    const chosen = planned.actions.filter((action) => only === undefined || only.has(action.id))
    if (chosen.length === 0) continue
    identities += 1
    write(
      `${SKILL_NAME}: would act on ${planned.identity.provider} ${planned.identity.name ?? planned.identity.uid}:`,
    )
    for (const action of chosen)
      write(`${SKILL_NAME}:   ${action.step}. ${action.summary} (${action.operation})`)
    actions += chosen.length
  }
  // The accounting line every skill prints: identities of the plan read, previewed, none acted on.
  const unchosen = plan.identities.length - identities
  write(
    `${SKILL_NAME}: read ${plan.identities.length}, processed ${identities}, ` +
      `${unchosen === 0 ? 'dropped 0' : `dropped ${unchosen} (no action chosen with --only: ${unchosen})`}, skipped 0, emitted 0; ` +
      `dry run: ${actions} actions for ${identities} identities, plan sha256 ${plan.sha256}; nothing was called. Pass --apply with --approval to run them.`,
  )
}

function summarise(result: ApplySessionResult, options: Options): string {
  const copies = [
    options.auditLog,
    options.auditS3,
    options.auditDynamodb === undefined ? undefined : `dynamodb:${options.auditDynamodb}`,
  ].filter(Boolean)
  const letters = result.failed + result.notAttempted
  return (
    `${SKILL_NAME}: run ${result.runId}: ${result.succeeded} actions done, ${result.failed} failed, ${result.notAttempted} not attempted; ` +
    `${result.auditRows} audit rows (${copies.join(', ')}); ${letters} dead letters${letters > 0 ? ` in ${options.deadLetter}` : ''}; ` +
    `re-verified: ${result.drift} with drift${result.unverified > 0 ? `, ${result.unverified} could not be read` : ''}`
  )
}

async function runSession(plan: Plan, options: Options, only?: ReadonlySet<string>): Promise<number> {
  const writeErr = (line: string) => process.stderr.write(`${line}\n`)
  const protectedPrincipals = new ProtectedPrincipals(options.deny ?? [])
  if (options.apply !== true) {
    preflight(plan, protectedPrincipals)
    if (options.approval !== undefined) {
      const approval = parseApproval(await readText(options.approval, 'approval record'), options.approval)
      if (approval.plan_sha256 !== plan.sha256)
        throw new RefusedError(`the approval (ticket ${approval.ticket}) is not for this plan`)
    }
    describeDryRun(plan, only, writeErr)
    return EXIT_STATUS.success
  }
  if (options.approval === undefined)
    throw new RefusedError("--apply needs --approval: an approval record naming this plan's sha256")
  const approval = parseApproval(await readText(options.approval, 'approval record'), options.approval)
  const retry = { ...DEFAULT_RETRY, maxAttempts: options.maxAttempts, sleep }
  const deadLetters: DeadLetterSink[] = [deadLetterFile(options.deadLetter)]
  if (options.deadLetterQueueUrl !== undefined)
    deadLetters.push(await deadLetterQueue(options.deadLetterQueueUrl, {}))
  const output = await Output.open(options.output)
  const result = await runApplySession({
    skill: SKILL_NAME,
    plan,
    approval,
    protectedPrincipals,
    auditLogPath: options.auditLog,
    remote: await remoteStore(options),
    deadLetters,
    executors: (providers) => executorsFor(providers, options),
    directories: (providers) => liveDirectories(providers, options, retry, SKILL_NAME),
    retry,
    clock: Date.now,
    emit: (event) => output.write(`${JSON.stringify(event)}\n`),
    warn: (message) => writeErr(`${SKILL_NAME}: ${message}`),
    only,
  })
  await output.close()
  if (options.quiet !== true) writeErr(summarise(result, options))
  const incomplete = result.failed + result.notAttempted + result.drift + result.unverified > 0
  return incomplete ? EXIT_STATUS.partialFailure : EXIT_STATUS.success
}

async function run(argv: readonly string[]): Promise<number> {
  let status: number = EXIT_STATUS.usage
  const program = createSkillProgram(
    SKILL_NAME,
    "Run an approved iam-departures plan: with --apply and an approval naming the plan's sha256, each action is audited before and after (hash-chained local log, optional S3 or DynamoDB copy), retried when throttled, dead-lettered when it fails; every identity is then re-verified. Without --apply, a dry run.",
  )
  // Options after `retry` belong to retry: both commands have the same ones.
  program.enablePositionalOptions()
  addApplyOptions(program.argument('<plan>', 'the plan written by remediate-iam-departures-plan')).action(
    async (planPath: string, options: Options) => {
      status = await runSession(parsePlan(await readText(planPath, 'plan'), planPath), options)
    },
  )
  addApplyOptions(
    program
      .command('retry')
      .description(
        'run again the actions of a dead-letter file, under the approval of the plan they came from',
      )
      .argument('<dead-letter>', 'a dead-letter file written by an earlier run')
      .requiredOption('--plan <file>', 'the plan the dead letters came from'),
  ).action(async (deadLetterPath: string, options: Options & { plan: string }) => {
    if (resolve(deadLetterPath) === resolve(options.deadLetter)) {
      throw new UsageError(
        '--dead-letter must name a new file: the one being retried is read, not appended to',
      )
    }
    const plan = parsePlan(await readText(options.plan, 'plan'), options.plan)
    status = await runSession(plan, options, await readDeadLetters(deadLetterPath, plan))
  })
  await program.parseAsync([...argv])
  return status
}

if (isProcessEntry(import.meta.url)) await runMain(SKILL_NAME, () => run(process.argv))

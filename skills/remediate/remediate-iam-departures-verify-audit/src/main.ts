/** remediate-iam-departures-verify-audit: checks the hash chain of an iam-departures audit log (and its remote copy) and passes on the rows that hold. */
import { type CommonOptions, createSkillProgram, EXIT_STATUS, runMain } from '#shared/cli/index.ts'
import { UsageError } from '#shared/errors/index.ts'
import { Output, RecordRunner, Reporter, readInputItems, resolveInputs } from '#shared/io/index.ts'
import {
  createDynamoDbAuditStore,
  createS3AuditStore,
  linkOf,
  type RemoteAuditStore,
} from '#shared/remediate/index.ts'
import { ChainProcessor } from './chain-processor.ts'
import { compareWithRemote } from './remote-comparison.ts'

const SKILL_NAME = 'remediate-iam-departures-verify-audit'

interface Options extends CommonOptions {
  auditS3?: string
  auditDynamodb?: string
}

/** Collects the rows as they pass, by sequence, for the comparison with the remote copy. */
class RowIndex {
  readonly rows = new Map<number, { hash: string; line: number }>()
}

await runMain(SKILL_NAME, async () => {
  const program = createSkillProgram(
    SKILL_NAME,
    "Verify an iam-departures audit log: every row's hash and its link to the row before (an edited, deleted or reordered row breaks the chain), and, with --audit-s3 or --audit-dynamodb, that the remote copy matches row for row. Rows that verify are written out as OCSF.",
  )
    .argument('[logs...]', 'audit logs (JSONL); none or - reads standard input')
    .option('-o, --output <file>', 'write the verified rows to this file instead of standard output')
    .option('-q, --quiet', 'leave out the summary line on stderr (problems still print)')
    .option('--audit-s3 <s3://bucket/prefix/>', 'compare with the remote copy in this S3 location')
    .option('--audit-dynamodb <table>', 'compare with the remote copy in this DynamoDB table')
  await program.parseAsync(process.argv)
  const options = program.opts<Options>()
  if (options.auditS3 !== undefined && options.auditDynamodb !== undefined) {
    throw new UsageError('--audit-s3 and --audit-dynamodb cannot be combined')
  }
  let remote: RemoteAuditStore | undefined
  if (options.auditS3 !== undefined) remote = await createS3AuditStore(options.auditS3, {})
  if (options.auditDynamodb !== undefined) remote = await createDynamoDbAuditStore(options.auditDynamodb, {})
  const reporter = new Reporter({ skill: SKILL_NAME, quiet: options.quiet })
  const output = await Output.open(options.output)
  let broken = 0
  for (const input of await resolveInputs(program.args)) {
    const processor = new ChainProcessor()
    const index = new RowIndex()
    const runner = new RecordRunner(
      {
        parseLine: (line) => processor.parseLine(line),
        process: (record, context) => {
          const link = linkOf(record)
          if (link !== undefined)
            index.rows.set(link.sequence, { hash: link.hash, line: context.location.line ?? 0 })
          processor.process(record, context)
        },
      },
      reporter,
      output,
    )
    await runner.consume(readInputItems(input))
    await runner.finish()
    let problems = processor.breaks.length
    const head = processor.verifier.head()
    if (remote !== undefined && processor.firstRow !== undefined) {
      const chainId = linkOf(processor.firstRow)?.hash as string
      for (const problem of compareWithRemote(index.rows, await remote.hashes(chainId), remote.name)) {
        problems += 1
        reporter.warn(`${input.name}${problem.line > 0 ? `:${problem.line}` : ''}: ${problem.problem}`)
      }
    }
    broken += problems
    reporter.note(
      `${input.name}: ${problems === 0 ? 'chain intact' : 'chain BROKEN'}${head === undefined ? '' : `, head ${head.sequence} ${head.hash}`}`,
    )
  }
  await output.close()
  reporter.printSummary()
  return broken > 0 ? EXIT_STATUS.findings : EXIT_STATUS.success
})

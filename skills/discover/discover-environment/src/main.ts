/** discover-environment: a read-only inventory of an AWS account, GCP project, Azure subscription or environment file, as a graph with ATT&CK and ATLAS exposures. */
import { InvalidArgumentError } from 'commander'
import {
  createSkillProgram,
  EXIT_STATUS,
  positiveIntegerOption,
  runMain,
  timeOption,
} from '#shared/cli/index.ts'
import { UsageError } from '#shared/errors/index.ts'
import { Output, Reporter } from '#shared/io/index.ts'
import { createProgress, serialiseSnapshot } from '#shared/posture/index.ts'
import { addLiveOptions, type LiveOptions, liveTarget } from './live-options.ts'
import { DEFAULT_MAX_NODES } from './render/picture-selection.ts'
import { FORMATS, type InventoryFormat, renderInventory } from './render/render-inventory.ts'

const SKILL_NAME = 'discover-environment'

interface DiscoverOptions extends LiveOptions {
  format: InventoryFormat
  maxNodes: number
  observedAt?: number
}

function formatOption(value: string): InventoryFormat {
  if (!(FORMATS as readonly string[]).includes(value))
    throw new InvalidArgumentError(`expected one of ${FORMATS.join(', ')}`)
  return value as InventoryFormat
}

/** Where AWS account-wide calls go: the configured region, as the AWS CLI's would. */
function homeRegion(): string {
  return process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1'
}

await runMain(SKILL_NAME, async () => {
  const program = createSkillProgram(
    SKILL_NAME,
    'Inventory an AWS account, GCP project or Azure subscription (read-only), or an environment file, as a graph of resources and relationships with the ATT&CK and ATLAS techniques each exposure enables: JSON, OCSF Cloud Resources Inventory Info (5023), Mermaid or DOT.',
  )
  const discover = program
    .command('discover', { isDefault: true })
    .description('build the inventory graph and write it')
    .argument(
      '[input]',
      'an environment file (JSON or YAML) or a snapshot from collect; - reads standard input',
    )
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('--format <format>', `${FORMATS.join(', ')}`, formatOption, 'json')
    .option(
      '--max-nodes <n>',
      'mermaid and dot: draw at most this many nodes',
      positiveIntegerOption,
      DEFAULT_MAX_NODES,
    )
    .option(
      '--observed-at <time>',
      'for a file without its own time: when it was true, RFC 3339 (default: now)',
      timeOption,
    )
    .option('-q, --quiet', 'leave out the summary line on stderr (warnings still print)')
  addLiveOptions(discover).action(async (input: string | undefined, options: DiscoverOptions) => {
    const reporter = new Reporter({ skill: SKILL_NAME, quiet: options.quiet })
    const progress = createProgress(process.stderr, SKILL_NAME)
    // The readers, collectors and graph (and zod with them) load when there is work: --help starts fast.
    const { loadEnvironment } = await import('./load-environment.ts')
    const { buildInventoryGraph } = await import('./inventory-graph.ts')
    const loaded = await loadEnvironment(
      {
        inputs: input === undefined ? [] : [input],
        live: liveTarget(options, homeRegion()),
        observedAt: options.observedAt,
        now: Date.now(),
      },
      reporter,
      (step) => progress.step(step),
    )
    progress.done()
    for (const note of loaded.notes) reporter.warn(`not collected: ${note}`)
    const graph = buildInventoryGraph(loaded.environment, loaded.observedAt, loaded.notes)
    const rendered = renderInventory(graph, {
      format: options.format,
      maxNodes: options.maxNodes,
      skill: SKILL_NAME,
      logSource: loaded.logSource,
    })
    const output = await Output.open(options.output)
    await output.write(rendered.text)
    await output.close()
    reporter.emitted = rendered.emitted
    const exposed = graph.nodes.filter((node) => node.exposures !== undefined).length
    reporter.note(
      `${graph.nodes.length} node(s), ${graph.edges.length} edge(s), ${exposed} exposed resource(s)`,
    )
    if (loaded.notes.length > 0) reporter.note(`${loaded.notes.length} part(s) not collected`)
    if (rendered.omitted !== undefined) reporter.note(rendered.omitted)
    reporter.printSummary()
  })
  const collect = program
    .command('collect')
    .description('collect live (read-only) and write the snapshot JSON, to read later with no credentials')
    .option('-o, --output <file>', 'write the snapshot to this file instead of standard output')
  addLiveOptions(collect).action(async (options: LiveOptions) => {
    const target = liveTarget(options, homeRegion())
    if (target === undefined) throw new UsageError('collect needs --provider aws|gcp|azure')
    const progress = createProgress(process.stderr, SKILL_NAME)
    const { collectEnvironment } = await import('./collect/collect-environment.ts')
    const snapshot = await collectEnvironment(target, Date.now(), (step) => progress.step(step))
    progress.done()
    const reporter = new Reporter({ skill: SKILL_NAME, quiet: true })
    for (const note of Object.values(snapshot.errors)) reporter.warn(`not collected: ${note}`)
    const output = await Output.open(options.output)
    await output.write(serialiseSnapshot(snapshot))
    await output.close()
  })
  await program.parseAsync([...process.argv])
  return EXIT_STATUS.success
})

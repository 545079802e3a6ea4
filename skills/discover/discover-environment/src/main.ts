/** discover-environment: a read-only inventory of an AWS account, GCP project, Azure subscription or environment file, as a graph with ATT&CK and ATLAS exposures. */
import { type Command, InvalidArgumentError } from 'commander'
import {
  type CommonOptions,
  collectOption,
  createSkillProgram,
  EXIT_STATUS,
  positiveIntegerOption,
  runMain,
  timeOption,
} from '#shared/cli/index.ts'
import { apiEndpointOption } from '#shared/cloud/index.ts'
import { UsageError } from '#shared/errors/index.ts'
import { Output, Reporter } from '#shared/io/index.ts'
import { createProgress, serialiseSnapshot } from '#shared/posture/index.ts'
import { collectEnvironment, type LiveTarget } from './collect/collect-environment.ts'
import { buildInventoryGraph } from './inventory-graph.ts'
import { loadEnvironment } from './load-environment.ts'
import { DEFAULT_MAX_NODES } from './render/picture-selection.ts'
import { FORMATS, type InventoryFormat, renderInventory } from './render/render-inventory.ts'

const SKILL_NAME = 'discover-environment'

interface LiveOptions extends CommonOptions {
  provider?: 'aws' | 'gcp' | 'azure'
  profile?: string
  region?: string[]
  project?: string
  subscription?: string
  endpointUrl?: string
}

interface DiscoverOptions extends LiveOptions {
  format: InventoryFormat
  maxNodes: number
  observedAt?: number
}

function providerOption(value: string): 'aws' | 'gcp' | 'azure' {
  if (value !== 'aws' && value !== 'gcp' && value !== 'azure')
    throw new InvalidArgumentError('expected aws, gcp or azure')
  return value
}

function formatOption(value: string): InventoryFormat {
  if (!(FORMATS as readonly string[]).includes(value))
    throw new InvalidArgumentError(`expected one of ${FORMATS.join(', ')}`)
  return value as InventoryFormat
}

/** A project id or subscription id goes into request paths, so only its documented characters are taken. */
function projectOption(value: string): string {
  if (!/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(value))
    throw new InvalidArgumentError('expected a project id such as example-prod-123')
  return value
}

function subscriptionOption(value: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value))
    throw new InvalidArgumentError('expected a subscription id such as 00000000-0000-0000-0000-000000000000')
  return value
}

function addLiveOptions(command: Command): Command {
  return command
    .option(
      '--provider <name>',
      'collect live from aws, gcp or azure (read-only) instead of reading a file',
      providerOption,
    )
    .option('--profile <name>', 'aws: the shared-config profile (default: the SDK credential chain)')
    .option(
      '--region <region>',
      'aws: read only this region (repeatable; default: every enabled region)',
      collectOption,
    )
    .option('--project <id>', 'gcp: the project to inventory', projectOption)
    .option('--subscription <id>', 'azure: the subscription to inventory', subscriptionOption)
    .option(
      '--endpoint-url <url>',
      'send every API call here (an emulator or a private endpoint) instead of the provider: https, or http to localhost',
      apiEndpointOption,
    )
}

/** The live target the options name, or undefined for file mode; provider-specific options must match it. */
function liveTarget(options: LiveOptions): LiveTarget | undefined {
  const given = (names: Array<keyof LiveOptions>) => names.filter((name) => options[name] !== undefined)
  const misplaced = (allowed: Array<keyof LiveOptions>) =>
    given(['profile', 'region', 'project', 'subscription', 'endpointUrl']).find(
      (name) => !allowed.includes(name),
    )
  switch (options.provider) {
    case undefined: {
      const stray = misplaced([])
      if (stray !== undefined)
        throw new UsageError(`--${stray.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} needs --provider`)
      return undefined
    }
    case 'aws': {
      const stray = misplaced(['profile', 'region', 'endpointUrl'])
      if (stray !== undefined) throw new UsageError(`--${stray} does not apply to --provider aws`)
      return {
        provider: 'aws',
        settings: {
          profile: options.profile,
          endpoint: options.endpointUrl,
          maxAttempts: 4,
          // Account-wide calls go to the configured region, as the AWS CLI's would.
          homeRegion: process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1',
          regions: options.region,
        },
      }
    }
    case 'gcp': {
      const stray = misplaced(['project', 'endpointUrl'])
      if (stray !== undefined) throw new UsageError(`--${stray} does not apply to --provider gcp`)
      if (options.project === undefined) throw new UsageError('--provider gcp needs --project <id>')
      return { provider: 'gcp', settings: { project: options.project, endpoint: options.endpointUrl } }
    }
    case 'azure': {
      const stray = misplaced(['subscription', 'endpointUrl'])
      if (stray !== undefined) throw new UsageError(`--${stray} does not apply to --provider azure`)
      if (options.subscription === undefined)
        throw new UsageError('--provider azure needs --subscription <id>')
      return {
        provider: 'azure',
        settings: { subscription: options.subscription, endpoint: options.endpointUrl },
      }
    }
  }
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
    const loaded = await loadEnvironment(
      {
        inputs: input === undefined ? [] : [input],
        live: liveTarget(options),
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
    const target = liveTarget(options)
    if (target === undefined) throw new UsageError('collect needs --provider aws|gcp|azure')
    const progress = createProgress(process.stderr, SKILL_NAME)
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

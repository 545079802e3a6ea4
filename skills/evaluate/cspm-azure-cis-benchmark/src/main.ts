/** cspm-azure-cis-benchmark: the CIS Microsoft Azure Foundations Benchmark v2.1.0 over a read-only snapshot of a subscription, as OCSF Compliance Findings. */
import { type Command, InvalidArgumentError } from 'commander'
import { apiEndpointOption } from '#shared/cloud/index.ts'
import { UsageError } from '#shared/errors/index.ts'
import { type Progress, runSnapshotSkill, type SnapshotOptions } from '#shared/posture/index.ts'
import { BENCHMARK, SKILL_NAME } from './benchmark.ts'
import { collectSnapshot } from './collect/collect-snapshot.ts'
import { CONTROLS } from './controls/index.ts'
import { AZURE_SNAPSHOTS } from './subject.ts'

interface AzureOptions extends SnapshotOptions {
  subscription?: string
  apiEndpoint?: string
}

/** A subscription id is a GUID; nothing else may reach a request path. */
function subscriptionOption(value: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value))
    throw new InvalidArgumentError('expected a subscription id such as 00000000-1111-2222-3333-444444444444')
  return value.toLowerCase()
}

function addCollectOptions(command: Command): void {
  command
    .option(
      '--subscription <id>',
      'the subscription to collect (read-only, DefaultAzureCredential)',
      subscriptionOption,
    )
    .option(
      '--api-endpoint <url>',
      'the Resource Manager endpoint (default https://management.azure.com; a sovereign cloud): https, or http to localhost',
      apiEndpointOption,
    )
}

function collect(options: AzureOptions, progress: Progress) {
  if (options.subscription === undefined)
    throw new UsageError(
      'pass --subscription <id> to collect, or --snapshot <file> to evaluate a snapshot offline',
    )
  return collectSnapshot(
    { subscription: options.subscription, endpoint: options.apiEndpoint, maxRetries: 6, now: Date.now() },
    progress,
  )
}

await runSnapshotSkill({
  name: SKILL_NAME,
  description:
    'Evaluate the CIS Microsoft Azure Foundations Benchmark v2.1.0 on an Azure subscription, from a snapshot or a read-only live collection, as OCSF 1.8.0 Compliance Findings (2003).',
  benchmark: BENCHMARK,
  controls: CONTROLS,
  snapshots: AZURE_SNAPSHOTS,
  addCollectOptions,
  collectOptionNames: '--subscription and --api-endpoint',
  collectOptionsGiven: (options) => options.subscription !== undefined || options.apiEndpoint !== undefined,
  collect,
})

/** ingest-azure-activity-ocsf: Azure Activity Log events (diagnostic-settings exports, REST or SDK JSON, or a live pull) to OCSF API Activity JSONL. */
import { InvalidArgumentError } from 'commander'
import { runRecordSkill } from '#shared/cli/index.ts'
import {
  addLiveOptions,
  apiEndpointOption,
  type LiveOptions,
  liveInputItems,
  resolveWindow,
} from '#shared/cloud/index.ts'
import { UsageError } from '#shared/errors/index.ts'
import { addIngestOptions, type IngestOptions } from '#shared/ingest/index.ts'
import { ACTIVITY_LOGS_SOURCE, activityLogPages } from './activity-logs-list.ts'
import { createAzureActivityProcessor } from './azure-activity-processor.ts'
import { SKILL_NAME } from './to-api-activity.ts'

interface AzureActivityCliOptions extends IngestOptions, LiveOptions {
  subscription?: string
  apiEndpoint?: string
}

/** A subscription id is a GUID; anything else could widen the request path. */
function subscriptionOption(value: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) {
    throw new InvalidArgumentError('expected a subscription id such as 00000000-0000-0000-0000-000000000000')
  }
  return value
}

function checkLiveOptions(options: AzureActivityCliOptions): void {
  const liveOnly = options.subscription !== undefined || options.apiEndpoint !== undefined
  if (liveOnly && options.fromApi !== true) {
    throw new UsageError('--subscription and --api-endpoint apply only with --from-api')
  }
  if (options.fromApi === true && options.subscription === undefined) {
    throw new UsageError('--from-api needs --subscription <id>: the subscription whose Activity Log to read')
  }
}

await runRecordSkill<AzureActivityCliOptions>({
  name: SKILL_NAME,
  description:
    'Normalise Azure Activity Log events (diagnostic-settings and Event Hub records, REST or SDK JSON, Storage resource logs, or a live Activity Logs - List pull) to OCSF 1.8.0 API Activity (6003) with the cloud profile.',
  configure: (program) => {
    addIngestOptions(program)
    addLiveOptions(
      program,
      'the Azure Activity Log (Activity Logs - List over --subscription, the last 90 days)',
    )
    program
      .option(
        '--subscription <id>',
        'with --from-api: the subscription whose Activity Log to read',
        subscriptionOption,
      )
      .option(
        '--api-endpoint <url>',
        'with --from-api: the Resource Manager endpoint (default https://management.azure.com; a sovereign cloud)',
        apiEndpointOption,
      )
  },
  create: (options) => {
    checkLiveOptions(options)
    return createAzureActivityProcessor({ assumeTime: options.assumeTime })
  },
  liveSource: (options) => {
    if (options.fromApi !== true || options.subscription === undefined) return undefined
    let window: ReturnType<typeof resolveWindow>
    try {
      window = resolveWindow(options, Date.now())
    } catch (error) {
      throw new UsageError((error as Error).message)
    }
    const target = { subscription: options.subscription, endpoint: options.apiEndpoint }
    return liveInputItems(ACTIVITY_LOGS_SOURCE, activityLogPages(target, window))
  },
})

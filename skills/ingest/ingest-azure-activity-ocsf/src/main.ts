/** ingest-azure-activity-ocsf: Azure Activity Log events (diagnostic-settings exports, REST or SDK JSON, or a live pull) to OCSF API Activity JSONL. */
import { runRecordSkill } from '#shared/cli/index.ts'
import {
  addLiveOptions,
  apiEndpointOption,
  checkLiveScope,
  type LiveOptions,
  liveInputItems,
  resolveWindow,
  subscriptionIdOption,
} from '#shared/cloud/index.ts'
import { addIngestOptions, type IngestOptions } from '#shared/ingest/index.ts'
import { ACTIVITY_LOGS_SOURCE, activityLogPages } from './activity-logs-list.ts'
import { createAzureActivityProcessor } from './azure-activity-processor.ts'
import { SKILL_NAME } from './to-api-activity.ts'

interface AzureActivityCliOptions extends IngestOptions, LiveOptions {
  subscription?: string
  apiEndpoint?: string
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
        subscriptionIdOption,
      )
      .option(
        '--api-endpoint <url>',
        'with --from-api: the Resource Manager endpoint (default https://management.azure.com; a sovereign cloud)',
        apiEndpointOption,
      )
  },
  create: (options) => {
    checkLiveScope(options, {
      option: '--subscription',
      value: options.subscription,
      names: 'the subscription whose Activity Log to read',
    })
    return createAzureActivityProcessor({ assumeTime: options.assumeTime })
  },
  liveSource: (options) => {
    if (options.fromApi !== true || options.subscription === undefined) return undefined
    const window = resolveWindow(options, Date.now())
    const target = { subscription: options.subscription, endpoint: options.apiEndpoint }
    return liveInputItems(ACTIVITY_LOGS_SOURCE, activityLogPages(target, window))
  },
})

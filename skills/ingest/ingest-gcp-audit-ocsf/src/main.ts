/** ingest-gcp-audit-ocsf: Google Cloud Audit Logs entries (exports, gcloud output, or a live entries.list pull) to OCSF API Activity JSONL. */

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
import { auditEntryPages, ENTRIES_LIST_SOURCE } from './entries-list.ts'
import { createGcpAuditProcessor } from './gcp-audit-processor.ts'
import { SKILL_NAME } from './to-api-activity.ts'

interface GcpAuditCliOptions extends IngestOptions, LiveOptions {
  project?: string
  apiEndpoint?: string
}

/** A project id (`my-project-123`, or a legacy domain-scoped `example.com:my-project`), nothing that could widen the path. */
function projectOption(value: string): string {
  if (!/^[a-z0-9][a-z0-9.:-]*$/i.test(value))
    throw new InvalidArgumentError('expected a project id such as my-project-123')
  return value
}

function checkLiveOptions(options: GcpAuditCliOptions): void {
  const liveOnly = options.project !== undefined || options.apiEndpoint !== undefined
  if (liveOnly && options.fromApi !== true) {
    throw new UsageError('--project and --api-endpoint apply only with --from-api')
  }
  if (options.fromApi === true && options.project === undefined) {
    throw new UsageError('--from-api needs --project <id>: the project whose audit logs to read')
  }
}

await runRecordSkill<GcpAuditCliOptions>({
  name: SKILL_NAME,
  description:
    'Normalise Google Cloud Audit Logs entries (LogEntry JSON lines or arrays, gcloud logging read --format=json output, BigQuery exports, or a live entries.list pull) to OCSF 1.8.0 API Activity (6003) with the cloud profile.',
  configure: (program) => {
    addIngestOptions(program)
    addLiveOptions(program, 'Cloud Logging (entries.list over the Cloud Audit Logs of --project)')
    program
      .option('--project <id>', 'with --from-api: the project whose audit logs to read', projectOption)
      .option(
        '--api-endpoint <url>',
        'with --from-api: the Cloud Logging endpoint (default https://logging.googleapis.com; a Private Service Connect endpoint)',
        apiEndpointOption,
      )
  },
  create: (options) => {
    checkLiveOptions(options)
    return createGcpAuditProcessor({ assumeTime: options.assumeTime })
  },
  liveSource: (options) => {
    if (options.fromApi !== true || options.project === undefined) return undefined
    let window: ReturnType<typeof resolveWindow>
    try {
      window = resolveWindow(options, Date.now())
    } catch (error) {
      throw new UsageError((error as Error).message)
    }
    const target = { project: options.project, endpoint: options.apiEndpoint }
    return liveInputItems(ENTRIES_LIST_SOURCE, auditEntryPages(target, window))
  },
})

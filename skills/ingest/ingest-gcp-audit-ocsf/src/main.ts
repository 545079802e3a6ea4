/** ingest-gcp-audit-ocsf: Google Cloud Audit Logs entries (exports, gcloud output, or a live entries.list pull) to OCSF API Activity JSONL. */

import { InvalidArgumentError } from 'commander'
import { runRecordSkill } from '#shared/cli/index.ts'
import {
  addLiveOptions,
  apiEndpointOption,
  checkLiveScope,
  type LiveOptions,
  liveInputItems,
  resolveWindow,
} from '#shared/cloud/index.ts'
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
    checkLiveScope(options, {
      option: '--project',
      value: options.project,
      names: 'the project whose audit logs to read',
    })
    return createGcpAuditProcessor({ assumeTime: options.assumeTime })
  },
  liveSource: (options) => {
    if (options.fromApi !== true || options.project === undefined) return undefined
    const window = resolveWindow(options, Date.now())
    const target = { project: options.project, endpoint: options.apiEndpoint }
    return liveInputItems(ENTRIES_LIST_SOURCE, auditEntryPages(target, window))
  },
})

/** ingest-cloudtrail-ocsf: AWS CloudTrail records (S3 log files, JSON lines, EventBridge, LookupEvents) to OCSF API Activity JSONL. */
import { InvalidArgumentError } from 'commander'
import { runRecordSkill } from '#shared/cli/index.ts'
import { addLiveOptions, type LiveOptions, liveInputItems, resolveWindow } from '#shared/cloud/index.ts'
import { UsageError } from '#shared/errors/index.ts'
import { addIngestOptions, type IngestOptions } from '#shared/ingest/index.ts'
import { createCloudTrailProcessor } from './cloudtrail-processor.ts'
import { LOOKUP_EVENTS_SOURCE, lookupEventPages } from './lookup-events.ts'
import { SKILL_NAME } from './to-api-activity.ts'

interface CloudTrailCliOptions extends IngestOptions, LiveOptions {
  profile?: string
  region?: string
  endpointUrl?: string
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/** https, or plain http to this machine only (a local test server): a signed request never crosses a network in clear. */
function endpointOption(value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InvalidArgumentError('expected a URL such as https://cloudtrail.eu-west-1.amazonaws.com')
  }
  if (url.protocol === 'https:') return value
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return value
  throw new InvalidArgumentError('expected an https:// URL (http:// only for localhost)')
}

function checkLiveOptions(options: CloudTrailCliOptions): void {
  const liveOnly = [options.profile, options.region, options.endpointUrl].some((value) => value !== undefined)
  if (liveOnly && options.fromApi !== true) {
    throw new UsageError('--profile, --region and --endpoint-url apply only with --from-api')
  }
}

await runRecordSkill<CloudTrailCliOptions>({
  name: SKILL_NAME,
  description:
    'Normalise AWS CloudTrail records (S3 log files, JSON arrays or lines, EventBridge events, LookupEvents results, or a live LookupEvents pull) to OCSF 1.8.0 API Activity (6003) with the cloud profile.',
  configure: (program) => {
    addIngestOptions(program)
    addLiveOptions(
      program,
      'CloudTrail event history (cloudtrail:LookupEvents: management events of the last 90 days)',
    )
    program
      .option(
        '--profile <name>',
        'with --from-api: the AWS profile to use (default: the AWS default credential chain)',
      )
      .option(
        '--region <region>',
        'with --from-api: the Region whose event history to read (default: from the environment or profile)',
      )
      .option(
        '--endpoint-url <url>',
        'with --from-api: send LookupEvents to this endpoint instead of the Region default (a VPC endpoint)',
        endpointOption,
      )
  },
  create: (options) => {
    checkLiveOptions(options)
    return createCloudTrailProcessor({ assumeTime: options.assumeTime })
  },
  liveSource: (options) => {
    if (options.fromApi !== true) return undefined
    const window = resolveWindow(options, Date.now())
    const target = { profile: options.profile, region: options.region, endpoint: options.endpointUrl }
    return liveInputItems(LOOKUP_EVENTS_SOURCE, lookupEventPages(target, window))
  },
})

/** cspm-gcp-cis-benchmark: the CIS Google Cloud Platform Foundation Benchmark v3.0.0 over a read-only snapshot of a project, as OCSF Compliance Findings. */
import type { Command } from 'commander'
import { apiEndpointOption, projectIdOption } from '#shared/cloud/index.ts'
import { UsageError } from '#shared/errors/index.ts'
import { type Progress, runSnapshotSkill, type SnapshotOptions } from '#shared/posture/index.ts'
import { BENCHMARK, SKILL_NAME } from './benchmark.ts'
import { collectSnapshot } from './collect/collect-snapshot.ts'
import { CONTROLS } from './controls/index.ts'
import { GCP_SNAPSHOTS } from './subject.ts'

interface GcpOptions extends SnapshotOptions {
  project?: string
  apiEndpoint?: string
}

function addCollectOptions(command: Command): void {
  command
    .option(
      '--project <id>',
      'the project to collect (read-only, application default credentials)',
      projectIdOption,
    )
    .option(
      '--api-endpoint <url>',
      'send every Google API call to this endpoint (a Private Service Connect endpoint or an emulator) instead of the public ones: https, or http to localhost',
      apiEndpointOption,
    )
}

function collect(options: GcpOptions, progress: Progress) {
  if (options.project === undefined)
    throw new UsageError(
      'pass --project <id> to collect, or --snapshot <file> to evaluate a snapshot offline',
    )
  return collectSnapshot(
    {
      project: options.project,
      endpoint: options.apiEndpoint,
      retry: { retries: 5, delayMs: 1000 },
      now: Date.now(),
    },
    progress,
  )
}

await runSnapshotSkill({
  name: SKILL_NAME,
  description:
    'Evaluate the CIS Google Cloud Platform Foundation Benchmark v3.0.0 on a Google Cloud project, from a snapshot or a read-only live collection, as OCSF 1.8.0 Compliance Findings (2003).',
  benchmark: BENCHMARK,
  controls: CONTROLS,
  snapshots: GCP_SNAPSHOTS,
  addCollectOptions,
  collectOptionNames: '--project and --api-endpoint',
  collectOptionsGiven: (options) => options.project !== undefined || options.apiEndpoint !== undefined,
  collect,
})

/** cspm-aws-cis-benchmark: the CIS AWS Foundations Benchmark v3.0.0 over a read-only snapshot of an account, as OCSF Compliance Findings. */
import type { Command } from 'commander'
import { collectOption } from '#shared/cli/index.ts'
import { apiEndpointOption } from '#shared/cloud/index.ts'
import {
  type PostureOptions,
  type Progress,
  runPostureSkill,
  serialiseSnapshot,
} from '#shared/posture/index.ts'
import { BENCHMARK, SKILL_NAME } from './benchmark.ts'
import { type CollectSettings, collectSnapshot } from './collect/collect-snapshot.ts'
import { loadSubject } from './collect/load-subject.ts'
import { CONTROLS } from './controls/index.ts'
import type { AwsSubject } from './subject.ts'

interface AwsOptions extends PostureOptions {
  snapshot?: string
  profile?: string
  region?: string[]
  endpointUrl?: string
}

function addCollectOptions(command: Command): void {
  command
    .option('--profile <name>', 'the AWS profile to use (default: the AWS SDK credential chain)')
    .option(
      '--region <region>',
      'read only this region (repeatable; default: every enabled region)',
      collectOption,
    )
    .option(
      '--endpoint-url <url>',
      'send every AWS call to this endpoint (an AWS emulator) instead of AWS: https, or http to localhost',
      apiEndpointOption,
    )
}

function collectSettings(options: AwsOptions): CollectSettings {
  return {
    // Account-wide calls go to the configured region, as the AWS CLI's would.
    homeRegion: process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1',
    regions: options.region,
    profile: options.profile,
    endpoint: options.endpointUrl,
    maxAttempts: 3,
    reportTiming: { polls: 15, pollIntervalMs: 2000 },
    now: Date.now(),
  }
}

function collect(options: AwsOptions, progress: Progress) {
  return collectSnapshot(collectSettings(options), progress)
}

await runPostureSkill<AwsOptions, AwsSubject>({
  name: SKILL_NAME,
  description:
    'Evaluate the CIS Amazon Web Services Foundations Benchmark v3.0.0 on an AWS account, from a snapshot or a read-only live collection, as OCSF 1.8.0 Compliance Findings (2003).',
  benchmark: BENCHMARK,
  controls: CONTROLS,
  configure(command) {
    command.option(
      '--snapshot <file>',
      'evaluate this snapshot (from the collect command) offline, with no credentials',
    )
    addCollectOptions(command)
  },
  load: (options, inputs, progress) =>
    loadSubject(
      {
        snapshot: options.snapshot,
        inputs,
        collectOptions: [options.profile, options.region, options.endpointUrl].some(
          (value) => value !== undefined,
        ),
      },
      () => collect(options, progress),
    ),
  collect: {
    configure: addCollectOptions,
    run: async (options, progress) => serialiseSnapshot(await collect(options, progress)),
  },
})

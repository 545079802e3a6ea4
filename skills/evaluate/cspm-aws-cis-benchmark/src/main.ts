/** cspm-aws-cis-benchmark: the CIS AWS Foundations Benchmark v3.0.0 over a read-only snapshot of an account, as OCSF Compliance Findings. */
import type { Command } from 'commander'
import { collectOption } from '#shared/cli/index.ts'
import { apiEndpointOption } from '#shared/cloud/index.ts'
import { type Progress, runSnapshotSkill, type SnapshotOptions } from '#shared/posture/index.ts'
import { BENCHMARK, SKILL_NAME } from './benchmark.ts'
import { type CollectSettings, collectSnapshot } from './collect/collect-snapshot.ts'
import { CONTROLS } from './controls/index.ts'
import { AWS_SNAPSHOTS } from './subject.ts'

interface AwsOptions extends SnapshotOptions {
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

await runSnapshotSkill({
  name: SKILL_NAME,
  description:
    'Evaluate the CIS Amazon Web Services Foundations Benchmark v3.0.0 on an AWS account, from a snapshot or a read-only live collection, as OCSF 1.8.0 Compliance Findings (2003).',
  benchmark: BENCHMARK,
  controls: CONTROLS,
  snapshots: AWS_SNAPSHOTS,
  addCollectOptions,
  collectOptionNames: '--profile, --region and --endpoint-url',
  collectOptionsGiven: (options) =>
    [options.profile, options.region, options.endpointUrl].some((value) => value !== undefined),
  collect,
})

/**
 * The options of a live collection (--provider and what each provider takes) and the target they name;
 * an option of another provider, or a provider without its project or subscription, is a usage error.
 */
import { type Command, InvalidArgumentError } from 'commander'
import { type CommonOptions, collectOption } from '#shared/cli/index.ts'
import { apiEndpointOption, projectIdOption, subscriptionIdOption } from '#shared/cloud/index.ts'
import { UsageError } from '#shared/errors/index.ts'
import type { LiveTarget } from './collect/collect-environment.ts'

export interface LiveOptions extends CommonOptions {
  provider?: 'aws' | 'gcp' | 'azure'
  profile?: string
  region?: string[]
  project?: string
  subscription?: string
  endpointUrl?: string
}

function providerOption(value: string): 'aws' | 'gcp' | 'azure' {
  if (value !== 'aws' && value !== 'gcp' && value !== 'azure')
    throw new InvalidArgumentError('expected aws, gcp or azure')
  return value
}

export function addLiveOptions(command: Command): Command {
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
    .option('--project <id>', 'gcp: the project to inventory', projectIdOption)
    .option('--subscription <id>', 'azure: the subscription to inventory', subscriptionIdOption)
    .option(
      '--endpoint-url <url>',
      'send every API call here (an emulator or a private endpoint) instead of the provider: https, or http to localhost',
      apiEndpointOption,
    )
}

/** The live target the options name, or undefined for file mode; provider-specific options must match it. */
export function liveTarget(options: LiveOptions, homeRegion: string): LiveTarget | undefined {
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
          homeRegion,
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

/**
 * The options that name what a live reader or collector reads: a Google Cloud project, an Azure
 * subscription. Their values go into request paths, so only the characters the provider documents are
 * taken; and a scope given without --from-api, or --from-api without its scope, is a usage error.
 */
import { InvalidArgumentError } from 'commander'
import { UsageError } from '../errors/index.ts'
import type { LiveOptions } from './live-window.ts'

/** A project id as Google allows it: 6 to 30 lower-case letters, digits and hyphens, starting with a letter. */
export function projectIdOption(value: string): string {
  if (!/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(value))
    throw new InvalidArgumentError('expected a project id such as example-prod-123')
  return value
}

/** A subscription id is a GUID. */
export function subscriptionIdOption(value: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value))
    throw new InvalidArgumentError('expected a subscription id such as 00000000-0000-0000-0000-000000000000')
  return value
}

/** The scope of an ingester's live pull: its option (`--project`), the value given, and what it names. */
export interface LiveScope {
  readonly option: string
  readonly value: string | undefined
  /** Completes "--from-api needs --project <id>: ...", e.g. "the project whose audit logs to read". */
  readonly names: string
}

/** The scope and --api-endpoint apply only with --from-api, and --from-api needs the scope. */
export function checkLiveScope(options: LiveOptions & { apiEndpoint?: string }, scope: LiveScope): void {
  const liveOnly = scope.value !== undefined || options.apiEndpoint !== undefined
  if (liveOnly && options.fromApi !== true) {
    throw new UsageError(`${scope.option} and --api-endpoint apply only with --from-api`)
  }
  if (options.fromApi === true && scope.value === undefined) {
    throw new UsageError(`--from-api needs ${scope.option} <id>: ${scope.names}`)
  }
}

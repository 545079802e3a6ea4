/**
 * Where the remediation skills read identities: an inventory snapshot, or the providers' live APIs with
 * the options that reach them (accounts and the role assumed in each, national Graph clouds, Google
 * private endpoints, the Workspace administrator to act for). Shared so plan, apply and verify reach the
 * same identities the same way.
 */
import { readFile } from 'node:fs/promises'
import { type Command, InvalidArgumentError } from 'commander'
import { collectOption } from '../cli/index.ts'
import { InputError, UsageError } from '../errors/index.ts'
import { type AwsAccountTarget, createAwsDirectory } from './aws-iam-directory.ts'
import type { IdentityDirectory } from './directory.ts'
import { createEntraDirectory, GRAPH_URL } from './entra-directory.ts'
import {
  createServiceAccountDirectory,
  createWorkspaceDirectory,
  GOOGLE_ENDPOINTS,
} from './google-directory.ts'
import { PROVIDERS, type Provider } from './identity.ts'
import { parseInventory, snapshotDirectories } from './inventory.ts'
import { assumedRoleCredentials, googleTokenSource, graphTokenSource } from './live-auth.ts'
import { RestClient } from './rest-client.ts'
import type { RetryPolicy } from './retry.ts'

export interface LiveOptions {
  awsAccount?: string[]
  awsAssumeRole?: string
  awsEmailTag?: string[]
  entraTenant?: string
  graphUrl: string
  gcpProject?: string[]
  workspaceAdmin?: string
  googleEndpoint?: string[]
}

export interface IdentitySourceOptions extends LiveOptions {
  inventory?: string
  fromApi?: Provider[]
}

export function providersOption(value: string): Provider[] {
  const providers = value.split(',').map((item) => item.trim())
  for (const provider of providers) {
    if (!(PROVIDERS as readonly string[]).includes(provider)) {
      throw new InvalidArgumentError(`expected a comma-separated list of ${PROVIDERS.join(', ')}`)
    }
  }
  return providers as Provider[]
}

function accountIdOption(value: string, previous: string[] | undefined): string[] {
  if (!/^\d{12}$/.test(value)) throw new InvalidArgumentError('expected a 12-digit AWS account id')
  return collectOption(value, previous)
}

function endpointOption(value: string, previous: string[] | undefined): string[] {
  const [service] = value.split('=', 1)
  if (!(service !== undefined && service in GOOGLE_ENDPOINTS && /^[a-z]+=https?:\/\/\S+$/.test(value))) {
    throw new InvalidArgumentError(
      `expected SERVICE=URL with SERVICE one of ${Object.keys(GOOGLE_ENDPOINTS).join(', ')}`,
    )
  }
  return collectOption(value, previous)
}

/** The options that say how to reach each provider; used by every remediation skill that calls one. */
export function addLiveOptions(program: Command): Command {
  return program
    .option(
      '--aws-account <id>',
      'an AWS account to work in, through --aws-assume-role (repeatable)',
      accountIdOption,
    )
    .option(
      '--aws-assume-role <name>',
      'the role assumed in each --aws-account (arn:aws:iam::<id>:role/<name>)',
    )
    .option(
      '--aws-email-tag <key>',
      'an IAM user tag holding the owner email (repeatable; default email, Email, mail, owner-email)',
      collectOption,
    )
    .option('--entra-tenant <id>', 'the Entra tenant id, recorded with each user')
    .option('--graph-url <url>', 'the Microsoft Graph endpoint (national clouds differ)', GRAPH_URL)
    .option(
      '--gcp-project <id>',
      'a GCP project whose IAM policy is searched and cleaned (repeatable)',
      collectOption,
    )
    .option('--workspace-admin <email>', 'the Workspace administrator a delegated service account acts for')
    .option(
      '--google-endpoint <service=url>',
      'a Google API endpoint other than the public one, e.g. a Private Service Connect endpoint (repeatable)',
      endpointOption,
    )
}

export function addIdentitySourceOptions(program: Command): Command {
  program
    .option(
      '--inventory <file>',
      'read identities from an inventory snapshot (JSON) instead of the live APIs',
    )
    .option(
      '--from-api <providers>',
      `read identities from the live APIs of these providers (${PROVIDERS.join(',')}), read-only`,
      providersOption,
    )
  return addLiveOptions(program)
}

/** The AWS accounts to reach: each --aws-account through the assumed role, or the caller's own account. */
export function awsTargets(options: LiveOptions, sessionName: string): AwsAccountTarget[] {
  const accounts = options.awsAccount ?? []
  if (accounts.length === 0) return [{ config: {} }]
  if (options.awsAssumeRole === undefined)
    throw new UsageError('--aws-account needs --aws-assume-role (the role to assume in it)')
  const role = options.awsAssumeRole
  return accounts.map((account) => ({
    account,
    config: { credentials: assumedRoleCredentials(`arn:aws:iam::${account}:role/${role}`, sessionName, {}) },
  }))
}

export function graphClient(options: LiveOptions): RestClient {
  return new RestClient({
    baseUrl: options.graphUrl.replace(/\/$/, ''),
    service: 'Microsoft Graph',
    token: graphTokenSource(),
  })
}

export function googleClients(options: LiveOptions, scopes: readonly string[]) {
  const endpoints: Record<string, string> = { ...GOOGLE_ENDPOINTS }
  for (const entry of options.googleEndpoint ?? []) {
    const at = entry.indexOf('=')
    endpoints[entry.slice(0, at)] = entry.slice(at + 1).replace(/\/$/, '')
  }
  const token = googleTokenSource(scopes, options.workspaceAdmin)
  const client = (service: keyof typeof GOOGLE_ENDPOINTS, name: string) =>
    new RestClient({ baseUrl: endpoints[service] as string, service: name, token })
  return {
    iam: client('iam', 'Google IAM'),
    cloudresourcemanager: client('cloudresourcemanager', 'Google Resource Manager'),
    admin: client('admin', 'Google Workspace Admin SDK'),
  }
}

export const GOOGLE_READ_SCOPES = [
  'https://www.googleapis.com/auth/cloud-platform.read-only',
  'https://www.googleapis.com/auth/admin.directory.user.readonly',
]

/** Live directories of the named providers, read-only. */
export async function liveDirectories(
  providers: readonly Provider[],
  options: LiveOptions,
  retry: RetryPolicy,
  sessionName: string,
): Promise<IdentityDirectory[]> {
  const directories: IdentityDirectory[] = []
  const google =
    providers.includes('gcp') || providers.includes('workspace')
      ? googleClients(options, GOOGLE_READ_SCOPES)
      : undefined
  for (const provider of providers) {
    if (provider === 'aws') {
      directories.push(
        await createAwsDirectory({
          targets: awsTargets(options, sessionName),
          retry,
          emailTags: options.awsEmailTag,
        }),
      )
    } else if (provider === 'entra') {
      directories.push(
        createEntraDirectory({ graph: graphClient(options), retry, tenant: options.entraTenant }),
      )
    } else if (google !== undefined) {
      const googleOptions = { ...google, retry, projects: options.gcpProject ?? [] }
      directories.push(
        provider === 'gcp'
          ? createServiceAccountDirectory(googleOptions)
          : createWorkspaceDirectory(googleOptions),
      )
    }
  }
  return directories
}

/** The directories the options ask for: a snapshot or live APIs, never both, and at least one. */
export async function openDirectories(
  options: IdentitySourceOptions,
  retry: RetryPolicy,
  sessionName: string,
): Promise<IdentityDirectory[]> {
  if (options.inventory !== undefined && options.fromApi !== undefined) {
    throw new UsageError('--inventory and --from-api cannot be combined')
  }
  if (options.inventory !== undefined) {
    let text: string
    try {
      text = await readFile(options.inventory, 'utf8')
    } catch (error) {
      throw new InputError(`${options.inventory}: cannot be read (${(error as NodeJS.ErrnoException).code})`)
    }
    return snapshotDirectories(parseInventory(text, options.inventory), PROVIDERS)
  }
  if (options.fromApi !== undefined) return liveDirectories(options.fromApi, options, retry, sessionName)
  throw new UsageError('say where identities come from: --inventory <file> or --from-api <providers>')
}

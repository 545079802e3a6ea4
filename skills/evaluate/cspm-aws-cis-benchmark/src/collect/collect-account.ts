/** Who the credentials belong to (the account evaluated) and which regions to read. */
import { toServiceError } from '#shared/cloud/index.ts'
import { type ApiCall, attempt, CREDENTIALS_HINT } from './aws-call.ts'
import { type ClientSettings, clientConfig } from './client-settings.ts'

export interface Account {
  readonly accountId: string
  readonly partition: string
}

const GET_CALLER_IDENTITY: ApiCall = {
  service: 'AWS STS',
  operation: 'GetCallerIdentity',
  permission: 'sts:GetCallerIdentity',
}
const DESCRIBE_REGIONS: ApiCall = {
  service: 'Amazon EC2',
  operation: 'DescribeRegions',
  permission: 'ec2:DescribeRegions',
}

/** Regions an account can use without opting in, or has opted in to. */
const ENABLED = new Set(['opt-in-not-required', 'opted-in'])

/**
 * The first call of a collection: it proves the credentials work. Its failure ends the run (exit status 4),
 * since every later call would fail the same way.
 */
export async function collectAccount(settings: ClientSettings, homeRegion: string): Promise<Account> {
  const { STSClient, GetCallerIdentityCommand } = await import('@aws-sdk/client-sts')
  const client = new STSClient(clientConfig(settings, homeRegion))
  try {
    const identity = await client.send(new GetCallerIdentityCommand({}))
    const arn = identity.Arn ?? ''
    return { accountId: identity.Account ?? '', partition: arn.split(':')[1] || 'aws' }
  } catch (error) {
    throw toServiceError({ ...GET_CALLER_IDENTITY, credentialsHint: CREDENTIALS_HINT }, error)
  } finally {
    client.destroy()
  }
}

export interface RegionPlan {
  readonly region: string
  /** Why the region is not read (not enabled for the account), when it is not. */
  readonly skipped?: string
}

/**
 * Every enabled region, or the regions asked for with --region. A region asked for that the account has
 * not enabled is planned as skipped, so its controls say Unknown instead of the run failing or passing it.
 */
export async function planRegions(
  settings: ClientSettings,
  homeRegion: string,
  requested: readonly string[] | undefined,
  errors: Record<string, string>,
  section: string,
): Promise<RegionPlan[]> {
  const { EC2Client, DescribeRegionsCommand } = await import('@aws-sdk/client-ec2')
  const client = new EC2Client(clientConfig(settings, homeRegion))
  const listing: { regions?: string } = {}
  const known = await attempt(listing, 'regions', DESCRIBE_REGIONS, async () => {
    const { Regions = [] } = await client.send(new DescribeRegionsCommand({ AllRegions: true }))
    return new Map(Regions.map((region) => [region.RegionName ?? '', region.OptInStatus ?? '']))
  })
  client.destroy()
  if (requested !== undefined && requested.length > 0) {
    // Asked-for regions are read even when the list failed: the calls there speak for themselves.
    return [...new Set(requested)].sort().map((region) => {
      const status = known?.get(region)
      if (known === undefined || (status !== undefined && ENABLED.has(status))) return { region }
      return {
        region,
        skipped:
          status === undefined
            ? `${region} is not a region of this partition`
            : `${region} is not enabled for this account (opt-in status ${status})`,
      }
    })
  }
  if (known === undefined) {
    errors[section] = listing.regions ?? 'not collected'
    return []
  }
  return [...known.entries()]
    .filter(([, status]) => ENABLED.has(status))
    .map(([region]) => ({ region }))
    .sort((a, b) => a.region.localeCompare(b.region))
}

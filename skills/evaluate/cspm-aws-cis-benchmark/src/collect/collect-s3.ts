/**
 * S3: the account's Block Public Access, and for each bucket (and each trail's bucket another account owns)
 * its region, Block Public Access, versioning and server access logging.
 */
import type { PublicAccessBlockConfiguration, S3Client } from '@aws-sdk/client-s3'
import type { Progress } from '#shared/posture/index.ts'
import { SECTIONS } from '../sections.ts'
import type { AwsSnapshotData, Bucket, PublicAccessBlock } from '../snapshot.ts'
import { type ApiCall, attempt, mapLimit, nullWhen } from './aws-call.ts'
import { type ClientSettings, s3Config, s3ControlConfig } from './client-settings.ts'
import type { Account } from './collect-account.ts'

type S3Sdk = typeof import('@aws-sdk/client-s3')

interface ListedBucket {
  readonly name: string
  readonly region: string | null
  readonly inAccount: boolean
}

/** Buckets read at once. */
const CONCURRENCY = 8

function call(operation: string, permission: string, service = 'Amazon S3'): ApiCall {
  return { service, operation, permission: `s3:${permission}` }
}

/** GetBucketLocation's empty answer is us-east-1; "EU" is the legacy name of eu-west-1. */
function regionOfLocation(constraint: string | undefined): string {
  if (constraint === undefined || constraint === '') return 'us-east-1'
  return constraint === 'EU' ? 'eu-west-1' : constraint
}

/** S3 and S3 Control return the same configuration; a setting left out is off. */
function toPublicAccessBlock(block: PublicAccessBlockConfiguration | undefined): PublicAccessBlock {
  return {
    blockPublicAcls: block?.BlockPublicAcls === true,
    ignorePublicAcls: block?.IgnorePublicAcls === true,
    blockPublicPolicy: block?.BlockPublicPolicy === true,
    restrictPublicBuckets: block?.RestrictPublicBuckets === true,
  }
}

/**
 * One client per region for buckets whose region is known. A bucket of unknown region (a trail's bucket in
 * another account) gets a client of its own that follows S3's redirect to the right region: the SDK switches
 * the region of the whole client while it follows one, which would misdirect concurrent calls sharing it.
 */
class RegionalClients {
  readonly #clients = new Map<string, S3Client>()
  constructor(
    readonly sdk: S3Sdk,
    readonly settings: ClientSettings,
  ) {}
  for(region: string): S3Client {
    let client = this.#clients.get(region)
    if (client === undefined) {
      client = new this.sdk.S3Client(s3Config(this.settings, region, false))
      this.#clients.set(region, client)
    }
    return client
  }
  async withRedirects<Result>(region: string, use: (client: S3Client) => Promise<Result>): Promise<Result> {
    const client = new this.sdk.S3Client(s3Config(this.settings, region, true))
    try {
      return await use(client)
    } finally {
      client.destroy()
    }
  }
  destroy(): void {
    for (const client of this.#clients.values()) client.destroy()
  }
}

async function readBucket(
  clients: RegionalClients,
  homeRegion: string,
  listed: ListedBucket,
): Promise<Bucket> {
  const { sdk } = clients
  const { name } = listed
  const errors: NonNullable<Bucket['errors']> = {}
  let region = listed.region
  if (region === null && listed.inAccount) {
    const located = await attempt(errors, 'region', call('GetBucketLocation', 'GetBucketLocation'), () =>
      clients.for(homeRegion).send(new sdk.GetBucketLocationCommand({ Bucket: name })),
    )
    region = located === undefined ? null : regionOfLocation(located.LocationConstraint)
  }
  const client = clients.for(region ?? homeRegion)
  const publicAccessBlock = listed.inAccount
    ? await attempt(
        errors,
        'publicAccessBlock',
        call('GetPublicAccessBlock', 'GetBucketPublicAccessBlock'),
        () =>
          client
            .send(new sdk.GetPublicAccessBlockCommand({ Bucket: name }))
            .then(
              ({ PublicAccessBlockConfiguration }) => toPublicAccessBlock(PublicAccessBlockConfiguration),
              nullWhen('NoSuchPublicAccessBlockConfiguration'),
            ),
      )
    : undefined
  const versioning = listed.inAccount
    ? await attempt(errors, 'versioning', call('GetBucketVersioning', 'GetBucketVersioning'), async () => {
        const { Status, MFADelete } = await client.send(new sdk.GetBucketVersioningCommand({ Bucket: name }))
        return { status: Status ?? null, mfaDelete: MFADelete ?? null }
      })
    : undefined
  const readLogging = (from: S3Client) => from.send(new sdk.GetBucketLoggingCommand({ Bucket: name }))
  const logging = await attempt(errors, 'logging', call('GetBucketLogging', 'GetBucketLogging'), async () => {
    const { LoggingEnabled } =
      region === null ? await clients.withRedirects(homeRegion, readLogging) : await readLogging(client)
    if (LoggingEnabled === undefined) return null
    return {
      targetBucket: LoggingEnabled.TargetBucket ?? '',
      targetPrefix: LoggingEnabled.TargetPrefix ?? '',
    }
  })
  return {
    name,
    region,
    inAccount: listed.inAccount,
    publicAccessBlock: publicAccessBlock ?? null,
    versioning: versioning ?? null,
    logging: logging ?? null,
    errors,
  }
}

async function readAccountPublicAccessBlock(
  settings: ClientSettings,
  homeRegion: string,
  account: Account,
  errors: NonNullable<AwsSnapshotData['s3']['errors']>,
): Promise<PublicAccessBlock | null> {
  const control = await import('@aws-sdk/client-s3-control')
  const client = new control.S3ControlClient(s3ControlConfig(settings, homeRegion))
  const block = await attempt(
    errors,
    'accountPublicAccessBlock',
    call('GetPublicAccessBlock', 'GetAccountPublicAccessBlock', 'Amazon S3 Control'),
    () =>
      client
        .send(new control.GetPublicAccessBlockCommand({ AccountId: account.accountId }))
        .then(
          ({ PublicAccessBlockConfiguration }) => toPublicAccessBlock(PublicAccessBlockConfiguration),
          nullWhen('NoSuchPublicAccessBlockConfiguration'),
        ),
  )
  client.destroy()
  return block ?? null
}

export async function collectS3(
  settings: ClientSettings,
  homeRegion: string,
  account: Account,
  trailBucketNames: readonly string[],
  errors: Record<string, string>,
  progress: Progress,
): Promise<AwsSnapshotData['s3']> {
  const sdk = await import('@aws-sdk/client-s3')
  const clients = new RegionalClients(sdk, settings)
  const s3Errors: NonNullable<AwsSnapshotData['s3']['errors']> = {}
  progress.step('S3 account Block Public Access')
  const accountPublicAccessBlock = await readAccountPublicAccessBlock(settings, homeRegion, account, s3Errors)
  progress.step('S3 buckets')
  const listed = await attempt(
    errors,
    SECTIONS.buckets,
    call('ListBuckets', 'ListAllMyBuckets'),
    async () => {
      const found: ListedBucket[] = []
      for await (const page of sdk.paginateListBuckets({ client: clients.for(homeRegion) }, {})) {
        for (const bucket of page.Buckets ?? [])
          found.push({ name: bucket.Name ?? '', region: bucket.BucketRegion ?? null, inAccount: true })
      }
      return found
    },
  )
  const owned = new Set((listed ?? []).map((bucket) => bucket.name))
  const foreign = [...new Set(trailBucketNames)]
    .filter((name) => !owned.has(name))
    .map((name): ListedBucket => ({ name, region: null, inAccount: false }))
  const all = [...(listed ?? []), ...foreign].sort((a, b) => a.name.localeCompare(b.name))
  progress.step(`S3 settings of ${all.length} bucket(s)`)
  const buckets = await mapLimit(all, CONCURRENCY, (bucket) => readBucket(clients, homeRegion, bucket))
  clients.destroy()
  return { accountPublicAccessBlock, buckets, errors: s3Errors }
}

/**
 * S3: every bucket, and whether it is public: its policy status (IAM's own verdict on the bucket policy,
 * Block Public Access included) or an ACL grant to everyone or to any AWS user.
 */
import type { S3Client } from '@aws-sdk/client-s3'
import type { Collection } from '../collection.ts'
import { type AwsSettings, s3Config } from './aws-settings.ts'

const PUBLIC_GROUPS: ReadonlySet<string> = new Set([
  'http://acs.amazonaws.com/groups/global/AllUsers',
  'http://acs.amazonaws.com/groups/global/AuthenticatedUsers',
])

function call(operation: string, permission = operation) {
  return { service: 'Amazon S3', operation, permission: `s3:${permission}` }
}

/** A bucket with no policy has no policy status: not public by policy. */
function isMissingPolicy(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'NoSuchBucketPolicy'
}

export async function collectS3(settings: AwsSettings, collection: Collection): Promise<void> {
  const sdk = await import('@aws-sdk/client-s3')
  const clients = new Map<string, S3Client>()
  const clientFor = (region: string) => {
    let client = clients.get(region)
    if (client === undefined) {
      client = new sdk.S3Client(s3Config(settings, region))
      clients.set(region, client)
    }
    return client
  }
  const buckets = await collection.read(call('ListBuckets', 'ListAllMyBuckets'), async () => {
    const found: Array<{ name: string; region: string }> = []
    for await (const page of sdk.paginateListBuckets({ client: clientFor(settings.homeRegion) }, {})) {
      for (const bucket of page.Buckets ?? [])
        found.push({ name: bucket.Name ?? '', region: bucket.BucketRegion ?? settings.homeRegion })
    }
    return found
  })
  for (const bucket of buckets ?? []) {
    const client = clientFor(bucket.region)
    const byPolicy = await collection.read(call('GetBucketPolicyStatus'), async () => {
      try {
        const { PolicyStatus } = await client.send(
          new sdk.GetBucketPolicyStatusCommand({ Bucket: bucket.name }),
        )
        return PolicyStatus?.IsPublic === true
      } catch (error) {
        if (isMissingPolicy(error)) return false
        throw error
      }
    })
    const byAcl = await collection.read(call('GetBucketAcl'), async () => {
      const { Grants = [] } = await client.send(new sdk.GetBucketAclCommand({ Bucket: bucket.name }))
      return Grants.some((grant) => PUBLIC_GROUPS.has(grant.Grantee?.URI ?? ''))
    })
    const known = byPolicy !== undefined && byAcl !== undefined
    collection.add({
      uid: `arn:aws:s3:::${bucket.name}`,
      type: 'bucket',
      name: bucket.name,
      region: bucket.region,
      // Unknown when either read failed, unless the other already shows it public.
      public: byPolicy === true || byAcl === true ? true : known ? false : undefined,
    })
  }
  for (const client of clients.values()) client.destroy()
}

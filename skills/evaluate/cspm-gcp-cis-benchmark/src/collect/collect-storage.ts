/** Cloud Storage: the project's buckets, each with its IAM policy. */
import { mapLimit } from '#shared/cloud/index.ts'
import { asArray, asBoolean, asObject, asString } from '#shared/json/index.ts'
import type { Bucket } from '../snapshot.ts'
import { toBindings } from './collect-iam.ts'
import { attempt, type GoogleApi, type GoogleCall } from './google-api.ts'

const LIST_BUCKETS: GoogleCall = {
  service: 'Cloud Storage',
  operation: 'buckets.list',
  permission: 'storage.buckets.list',
}
const GET_BUCKET_POLICY: GoogleCall = {
  service: 'Cloud Storage',
  operation: 'buckets.getIamPolicy',
  permission: 'storage.buckets.getIamPolicy',
}

const POLICY_CONCURRENCY = 4

type ListedBucket = Omit<Bucket, 'iamBindings' | 'errors'>

function toListedBucket(entry: unknown): ListedBucket {
  const bucket = asObject(entry) ?? {}
  const iamConfiguration = asObject(bucket.iamConfiguration)
  return {
    name: asString(bucket.name) ?? '',
    location: asString(bucket.location) ?? '',
    uniformBucketLevelAccess:
      asBoolean(asObject(iamConfiguration?.uniformBucketLevelAccess)?.enabled) ?? false,
    publicAccessPrevention: asString(iamConfiguration?.publicAccessPrevention) ?? null,
  }
}

async function withPolicy(api: GoogleApi, bucket: ListedBucket): Promise<Bucket> {
  const errors: NonNullable<Bucket['errors']> = {}
  const policy = await attempt(errors, 'iamPolicy', () =>
    api.get('storage', GET_BUCKET_POLICY, `/storage/v1/b/${encodeURIComponent(bucket.name)}/iam`, {
      optionsRequestedPolicyVersion: '3',
    }),
  )
  return { ...bucket, iamBindings: policy === undefined ? null : toBindings(policy), errors }
}

export async function collectBuckets(
  api: GoogleApi,
  errors: Record<string, string>,
  section: string,
): Promise<Bucket[]> {
  const listed = await attempt(errors, section, async () => {
    const buckets: ListedBucket[] = []
    const params = { project: api.project, maxResults: '500', projection: 'noAcl' }
    for await (const page of api.pages('storage', LIST_BUCKETS, '/storage/v1/b', params)) {
      for (const entry of asArray(page.items) ?? []) buckets.push(toListedBucket(entry))
    }
    return buckets
  })
  if (listed === undefined) return []
  return mapLimit(listed, POLICY_CONCURRENCY, (bucket) => withPolicy(api, bucket))
}

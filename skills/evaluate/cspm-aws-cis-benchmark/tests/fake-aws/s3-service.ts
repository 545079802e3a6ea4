/**
 * S3 and S3 Control (REST-XML): S3 with path-style addressing (GET /<bucket>?<subresource>), answering a
 * request signed for the wrong region with 301 PermanentRedirect and x-amz-bucket-region as S3 does;
 * S3 Control under /v20180820 with the account in x-amz-account-id.
 */

import { AwsFault, el, leaf, type Reply } from '../../../../../tests/helpers/aws-wire.ts'
import type { FakeAccount, FakeBucket, FakePublicAccessBlock } from './fake-account.ts'

const NAMESPACE = 'http://s3.amazonaws.com/doc/2006-03-01/'

export interface S3Request {
  readonly account: FakeAccount
  readonly region: string
  readonly url: URL
  readonly accountHeader: string | undefined
}

function xml(body: string, headers?: Record<string, string>): Reply {
  return {
    status: 200,
    contentType: 'application/xml',
    body: `<?xml version="1.0" encoding="UTF-8"?>${body}`,
    headers,
  }
}

function withNamespace(element: string): string {
  return element.replace(/^<(\w+)>/, `<$1 xmlns="${NAMESPACE}">`)
}

function blockElement(block: FakePublicAccessBlock): string {
  return withNamespace(
    el(
      'PublicAccessBlockConfiguration',
      leaf('BlockPublicAcls', block.BlockPublicAcls),
      leaf('IgnorePublicAcls', block.IgnorePublicAcls),
      leaf('BlockPublicPolicy', block.BlockPublicPolicy),
      leaf('RestrictPublicBuckets', block.RestrictPublicBuckets),
    ),
  )
}

/** The S3 API operation a request is, named as the SDK names its command. */
export function s3Operation(method: string, url: URL): string {
  if (url.pathname.startsWith('/v20180820/configuration/publicAccessBlock')) return 'GetPublicAccessBlock'
  const bucket = url.pathname.split('/')[1] ?? ''
  if (method !== 'GET') return `${method} ${url.pathname}`
  if (bucket === '') return 'ListBuckets'
  for (const [query, operation] of [
    ['location', 'GetBucketLocation'],
    ['publicAccessBlock', 'GetPublicAccessBlock'],
    ['versioning', 'GetBucketVersioning'],
    ['logging', 'GetBucketLogging'],
  ] as const) {
    if (url.searchParams.has(query)) return operation
  }
  return `GET ${url.pathname}`
}

export function s3ControlReply({ account, url, accountHeader }: S3Request): Reply {
  if (accountHeader !== account.accountId)
    throw new AwsFault(
      'AccessDenied',
      403,
      `x-amz-account-id ${String(accountHeader)} is not the caller's account`,
    )
  if (s3Operation('GET', url) !== 'GetPublicAccessBlock')
    throw new AwsFault('NotImplemented', 501, url.pathname)
  const block = account.s3.accountPublicAccessBlock
  if (block === undefined)
    throw new AwsFault(
      'NoSuchPublicAccessBlockConfiguration',
      404,
      'The public access block configuration was not found',
    )
  return xml(blockElement(block))
}

function bucketReply(bucket: FakeBucket, operation: string): Reply {
  switch (operation) {
    case 'GetBucketLocation':
      return xml(
        withNamespace(el('LocationConstraint', bucket.region === 'us-east-1' ? undefined : bucket.region)),
      )
    case 'GetPublicAccessBlock':
      if (bucket.publicAccessBlock === undefined)
        throw new AwsFault(
          'NoSuchPublicAccessBlockConfiguration',
          404,
          'The public access block configuration was not found',
        )
      return xml(blockElement(bucket.publicAccessBlock))
    case 'GetBucketVersioning':
      return xml(
        withNamespace(
          el(
            'VersioningConfiguration',
            leaf('Status', bucket.versioning?.Status),
            leaf('MfaDelete', bucket.versioning?.MfaDelete),
          ),
        ),
      )
    case 'GetBucketLogging':
      return xml(
        withNamespace(
          el(
            'BucketLoggingStatus',
            bucket.logging === undefined
              ? undefined
              : el(
                  'LoggingEnabled',
                  leaf('TargetBucket', bucket.logging.TargetBucket),
                  leaf('TargetPrefix', bucket.logging.TargetPrefix),
                ),
          ),
        ),
      )
    default:
      throw new AwsFault('NotImplemented', 501, `${operation} on ${bucket.name}`)
  }
}

export function s3Reply(request: S3Request, method: string): Reply {
  const { account, region, url } = request
  const operation = s3Operation(method, url)
  if (operation === 'ListBuckets') {
    const owned = account.s3.buckets.filter((bucket) => bucket.inAccount !== false)
    const items = owned.map((bucket) =>
      el(
        'Bucket',
        leaf('Name', bucket.name),
        leaf('CreationDate', '2020-01-01T00:00:00.000Z'),
        bucket.unlistedRegion === true ? undefined : leaf('BucketRegion', bucket.region),
      ),
    )
    return xml(
      withNamespace(
        el('ListAllMyBucketsResult', el('Owner', leaf('ID', 'owner-id')), el('Buckets', ...items)),
      ),
    )
  }
  const name = decodeURIComponent(url.pathname.split('/')[1] ?? '')
  const bucket = account.s3.buckets.find((candidate) => candidate.name === name)
  if (bucket === undefined) throw new AwsFault('NoSuchBucket', 404, 'The specified bucket does not exist')
  if (bucket.inAccount === false && bucket.readable !== true)
    throw new AwsFault('AccessDenied', 403, 'Access Denied')
  // GetBucketLocation answers from any region; everything else must be signed for the bucket's own region.
  if (operation !== 'GetBucketLocation' && region !== bucket.region)
    return {
      status: 301,
      contentType: 'application/xml',
      body: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>PermanentRedirect</Code><Message>The bucket you are attempting to access must be addressed using the specified endpoint.</Message><Bucket>${name}</Bucket></Error>`,
      headers: { 'x-amz-bucket-region': bucket.region },
    }
  return bucketReply(bucket, operation)
}

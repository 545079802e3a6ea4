/**
 * The remote copy of the audit log: one S3 object or one DynamoDB item per row, written with a condition
 * that refuses to overwrite, so a row once copied cannot be replaced. Deployed, the bucket has Object Lock
 * and the worker role may not delete. The SDKs load only when a remote copy is configured.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb'
import { InputError, UsageError } from '../errors/index.ts'
import { type ChainLink, linkOf } from './audit-chain.ts'
import { type AwsClientConfig, sdkOptions } from './aws-config.ts'

export interface RemoteAuditStore {
  /** Where rows go, as the user named it: `s3://bucket/prefix/` or `dynamodb:table`. */
  readonly name: string
  put(chainId: string, link: ChainLink, rowText: string): Promise<void>
  /** Every row copied for a chain: its sequence and hash. */
  hashes(chainId: string): Promise<Map<number, string>>
}

function sequenceKey(sequence: number): string {
  return String(sequence).padStart(12, '0')
}

function parseS3Location(location: string): { bucket: string; prefix: string } {
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(location)
  if (match === null) throw new UsageError(`--audit-s3 ${location}: expected s3://bucket/prefix/`)
  const prefix = match[2] ?? ''
  return { bucket: match[1] as string, prefix: prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/` }
}

export async function createS3AuditStore(
  location: string,
  config: AwsClientConfig,
): Promise<RemoteAuditStore> {
  const { bucket, prefix } = parseS3Location(location)
  const s3 = await import('@aws-sdk/client-s3')
  // Endpoints other than AWS's own (S3-compatible stores, local servers) seldom resolve bucket subdomains.
  const endpoint = config.endpoint ?? process.env.AWS_ENDPOINT_URL_S3 ?? process.env.AWS_ENDPOINT_URL
  const client = new s3.S3Client({ ...sdkOptions(config), forcePathStyle: endpoint !== undefined })
  return {
    name: `s3://${bucket}/${prefix}`,
    async put(chainId, link, rowText) {
      await client.send(
        new s3.PutObjectCommand({
          Bucket: bucket,
          Key: `${prefix}${chainId}/${sequenceKey(link.sequence)}.json`,
          Body: rowText,
          ContentType: 'application/json',
          IfNoneMatch: '*',
        }),
      )
    },
    async hashes(chainId) {
      const found = new Map<number, string>()
      let token: string | undefined
      do {
        const page = await client.send(
          new s3.ListObjectsV2Command({
            Bucket: bucket,
            Prefix: `${prefix}${chainId}/`,
            ContinuationToken: token,
          }),
        )
        for (const object of page.Contents ?? []) {
          const body = await client.send(new s3.GetObjectCommand({ Bucket: bucket, Key: object.Key }))
          const link = linkOf(JSON.parse((await body.Body?.transformToString()) ?? 'null'))
          if (link === undefined) throw new InputError(`s3://${bucket}/${object.Key}: not an audit row`)
          found.set(link.sequence, link.hash)
        }
        token = page.IsTruncated === true ? page.NextContinuationToken : undefined
      } while (token !== undefined)
      return found
    },
  }
}

/** Items keyed by `chain` (the chain id, partition key) and `sequence` (sort key). */
export async function createDynamoDbAuditStore(
  table: string,
  config: AwsClientConfig,
): Promise<RemoteAuditStore> {
  const dynamodb = await import('@aws-sdk/client-dynamodb')
  const client = new dynamodb.DynamoDBClient(sdkOptions(config))
  return {
    name: `dynamodb:${table}`,
    async put(chainId, link, rowText) {
      await client.send(
        new dynamodb.PutItemCommand({
          TableName: table,
          Item: {
            chain: { S: chainId },
            sequence: { N: String(link.sequence) },
            hash: { S: link.hash },
            row: { S: rowText },
          },
          ConditionExpression: 'attribute_not_exists(#sequence)',
          ExpressionAttributeNames: { '#sequence': 'sequence' },
        }),
      )
    },
    async hashes(chainId) {
      const found = new Map<number, string>()
      let start: Record<string, AttributeValue> | undefined
      do {
        const page = await client.send(
          new dynamodb.QueryCommand({
            TableName: table,
            KeyConditionExpression: '#chain = :chain',
            ExpressionAttributeNames: { '#chain': 'chain' },
            ExpressionAttributeValues: { ':chain': { S: chainId } },
            ExclusiveStartKey: start,
          }),
        )
        for (const item of page.Items ?? []) {
          const link = linkOf(JSON.parse(item.row?.S ?? 'null'))
          if (link === undefined || item.hash?.S !== link.hash) {
            throw new InputError(`dynamodb:${table}: item ${item.sequence?.N} is not an audit row`)
          }
          found.set(link.sequence, link.hash)
        }
        start = page.LastEvaluatedKey
      } while (start !== undefined)
      return found
    },
  }
}

/**
 * The IAM action each API operation needs, as the Service Authorization Reference names it: the signing
 * service's prefix and the operation, except where the two differ (S3's REST operations, CloudWatch).
 */
import type { RecordedCall } from '../../../../../tests/helpers/aws-loopback.ts'

const S3_ACTIONS: Readonly<Record<string, string>> = {
  ListBuckets: 's3:ListAllMyBuckets',
  GetBucketLocation: 's3:GetBucketLocation',
  GetPublicAccessBlock: 's3:GetBucketPublicAccessBlock',
  GetBucketVersioning: 's3:GetBucketVersioning',
  GetBucketLogging: 's3:GetBucketLogging',
}
const S3_CONTROL_ACTIONS: Readonly<Record<string, string>> = {
  GetPublicAccessBlock: 's3:GetAccountPublicAccessBlock',
}
/** Signing names that differ from the IAM prefix. */
const ACTION_PREFIX: Readonly<Record<string, string>> = { monitoring: 'cloudwatch' }

export function iamActionOf(call: Pick<RecordedCall, 'service' | 'operation'>): string {
  if (call.service === 's3') return S3_ACTIONS[call.operation] ?? `s3:unknown(${call.operation})`
  if (call.service === 's3-control')
    return S3_CONTROL_ACTIONS[call.operation] ?? `s3:unknown(${call.operation})`
  return `${ACTION_PREFIX[call.service] ?? call.service}:${call.operation}`
}

/** The detector's rules, one line each; the runner refuses duplicate ids at start-up. */
import type { Rule } from '#shared/detect/index.ts'
import type { DataExposureConfig } from '../config.ts'
import { awsResourcePolicyMadePublic } from './aws-resource-policy-made-public.ts'
import { awsS3BucketMadePublic } from './aws-s3-bucket-made-public.ts'
import { awsSnapshotSharedExternally } from './aws-snapshot-shared-externally.ts'

export const RULES: readonly Rule<DataExposureConfig>[] = [
  awsSnapshotSharedExternally,
  awsS3BucketMadePublic,
  awsResourcePolicyMadePublic,
]

/**
 * The snapshot: exactly the AWS configuration the controls read, as the collector wrote it. A part that
 * could not be collected is absent or empty and its reason is in an `errors` map: the snapshot envelope's
 * for a whole section, an item's own for one region, bucket, trail, log group or topic.
 */
import * as z from '#shared/json/zod.ts'

/** Why a part of an item could not be collected, by the name of that part. */
function itemErrors<const Part extends string>(parts: readonly [Part, ...Part[]]) {
  return z.partialRecord(z.enum(parts), z.string()).optional()
}

export const PublicAccessBlock = z.object({
  blockPublicAcls: z.boolean(),
  ignorePublicAcls: z.boolean(),
  blockPublicPolicy: z.boolean(),
  restrictPublicBuckets: z.boolean(),
})
export type PublicAccessBlock = z.infer<typeof PublicAccessBlock>

/** One row of the IAM credential report; times are RFC 3339, null where the report says N/A or no_information. */
export const CredentialReportUser = z.object({
  user: z.string(),
  arn: z.string(),
  userCreationTime: z.string(),
  passwordEnabled: z.boolean(),
  passwordLastUsed: z.string().nullable(),
  passwordLastChanged: z.string().nullable(),
  mfaActive: z.boolean(),
  accessKeys: z.array(
    z.object({
      slot: z.literal([1, 2]),
      active: z.boolean(),
      lastRotated: z.string().nullable(),
      lastUsed: z.string().nullable(),
    }),
  ),
})
export type CredentialReportUser = z.infer<typeof CredentialReportUser>

const Iam = z.object({
  accountSummary: z
    .object({ accountMfaEnabled: z.boolean(), accountAccessKeysPresent: z.boolean() })
    .nullable(),
  /** null when the account has no password policy at all (GetAccountPasswordPolicy: NoSuchEntity). */
  passwordPolicy: z
    .object({
      minimumPasswordLength: z.int().nullable(),
      passwordReusePrevention: z.int().nullable(),
    })
    .nullable(),
  credentialReport: z.object({ generatedTime: z.string(), users: z.array(CredentialReportUser) }).nullable(),
  virtualMfaDevices: z.array(z.object({ serialNumber: z.string(), userArn: z.string().nullable() })),
  users: z.array(
    z.object({
      userName: z.string(),
      arn: z.string(),
      inlinePolicyNames: z.array(z.string()),
      attachedPolicyArns: z.array(z.string()),
    }),
  ),
  /** Every managed policy attached to a user, group or role, with its default version's document. */
  attachedPolicies: z.array(
    z.object({
      policyName: z.string(),
      arn: z.string(),
      defaultVersionId: z.string(),
      document: z.unknown(),
    }),
  ),
})

export const Bucket = z.object({
  name: z.string(),
  region: z.string().nullable(),
  /** False for a trail's bucket that another account owns: only its logging is read. */
  inAccount: z.boolean(),
  /** null when the bucket has no Block Public Access configuration. */
  publicAccessBlock: PublicAccessBlock.nullable(),
  versioning: z.object({ status: z.string().nullable(), mfaDelete: z.string().nullable() }).nullable(),
  /** null when server access logging is off. */
  logging: z.object({ targetBucket: z.string(), targetPrefix: z.string() }).nullable(),
  errors: itemErrors(['region', 'publicAccessBlock', 'versioning', 'logging']),
})
export type Bucket = z.infer<typeof Bucket>

const FieldSelector = z.object({
  field: z.string(),
  equals: z.array(z.string()).optional(),
  notEquals: z.array(z.string()).optional(),
})

export const Trail = z.object({
  name: z.string(),
  trailArn: z.string(),
  homeRegion: z.string(),
  isMultiRegionTrail: z.boolean(),
  isOrganizationTrail: z.boolean(),
  s3BucketName: z.string().nullable(),
  logFileValidationEnabled: z.boolean(),
  kmsKeyId: z.string().nullable(),
  cloudWatchLogsLogGroupArn: z.string().nullable(),
  isLogging: z.boolean().nullable(),
  eventSelectors: z
    .array(
      z.object({ readWriteType: z.string().nullable(), includeManagementEvents: z.boolean().nullable() }),
    )
    .nullable(),
  advancedEventSelectors: z.array(z.object({ fieldSelectors: z.array(FieldSelector) })).nullable(),
  errors: itemErrors(['status', 'eventSelectors']),
})
export type Trail = z.infer<typeof Trail>

export const MetricFilter = z.object({
  filterName: z.string(),
  filterPattern: z.string(),
  metricName: z.string(),
  metricNamespace: z.string(),
  alarms: z.array(
    z.object({ alarmName: z.string(), actionsEnabled: z.boolean(), alarmActions: z.array(z.string()) }),
  ),
  errors: itemErrors(['alarms']),
})
export type MetricFilter = z.infer<typeof MetricFilter>

/** A CloudWatch Logs group a trail delivers to, with its metric filters and their alarms. */
export const LogGroup = z.object({
  logGroupArn: z.string(),
  logGroupName: z.string(),
  region: z.string(),
  metricFilters: z.array(MetricFilter),
  errors: itemErrors(['metricFilters']),
})
export type LogGroup = z.infer<typeof LogGroup>

/** An SNS topic an alarm notifies, with how many confirmed subscriptions it has. */
export const Topic = z.object({
  topicArn: z.string(),
  confirmedSubscriptions: z.int().nullable(),
  errors: itemErrors(['subscriptions']),
})
export type Topic = z.infer<typeof Topic>

const IpPermission = z.object({
  ipProtocol: z.string(),
  fromPort: z.int().nullable(),
  toPort: z.int().nullable(),
  ipv4Ranges: z.array(z.string()),
  ipv6Ranges: z.array(z.string()),
  /** Security groups and prefix lists the rule admits: sources that are not address ranges. */
  otherSources: z.int(),
})
export type IpPermission = z.infer<typeof IpPermission>

export const SecurityGroup = z.object({
  groupId: z.string(),
  groupName: z.string(),
  vpcId: z.string().nullable(),
  ingress: z.array(IpPermission),
  egress: z.array(IpPermission),
})
export type SecurityGroup = z.infer<typeof SecurityGroup>

export const RegionConfig = z.object({
  region: z.string(),
  ebsEncryptionByDefault: z.boolean().nullable(),
  vpcs: z.array(z.object({ vpcId: z.string(), isDefault: z.boolean() })),
  flowLogs: z.array(
    z.object({
      flowLogId: z.string(),
      resourceId: z.string(),
      flowLogStatus: z.string().nullable(),
      trafficType: z.string().nullable(),
    }),
  ),
  securityGroups: z.array(SecurityGroup),
  errors: itemErrors(['ebsEncryptionByDefault', 'vpcs', 'flowLogs', 'securityGroups', 'trails']),
})
export type RegionConfig = z.infer<typeof RegionConfig>

export const AwsSnapshotData = z.object({
  account: z.object({ accountId: z.string().regex(/^\d{12}$/), partition: z.string() }),
  iam: Iam,
  s3: z.object({
    /** null when the account has no Block Public Access configuration. */
    accountPublicAccessBlock: PublicAccessBlock.nullable(),
    buckets: z.array(Bucket),
    errors: itemErrors(['accountPublicAccessBlock']),
  }),
  cloudtrail: z.object({ trails: z.array(Trail) }),
  monitoring: z.object({ logGroups: z.array(LogGroup), topics: z.array(Topic) }),
  regions: z.array(RegionConfig),
})
export type AwsSnapshotData = z.infer<typeof AwsSnapshotData>

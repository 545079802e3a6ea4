/** The configuration a fake AWS account serves, close to the shapes the APIs return. */

export interface FakePublicAccessBlock {
  readonly BlockPublicAcls: boolean
  readonly IgnorePublicAcls: boolean
  readonly BlockPublicPolicy: boolean
  readonly RestrictPublicBuckets: boolean
}

export interface FakePermission {
  readonly protocol: string
  readonly fromPort?: number
  readonly toPort?: number
  readonly ipv4?: readonly string[]
  readonly ipv6?: readonly string[]
  readonly groups?: readonly string[]
}

export interface FakeRegion {
  readonly ebsEncryptionByDefault: boolean
  readonly vpcs: ReadonlyArray<{ readonly vpcId: string; readonly isDefault: boolean }>
  readonly flowLogs: ReadonlyArray<{
    readonly flowLogId: string
    readonly resourceId: string
    readonly status: string
    readonly trafficType: string
  }>
  readonly securityGroups: ReadonlyArray<{
    readonly groupId: string
    readonly groupName: string
    readonly vpcId: string
    readonly ingress: readonly FakePermission[]
    readonly egress: readonly FakePermission[]
  }>
}

export interface FakeTrail {
  readonly name: string
  readonly homeRegion: string
  readonly isMultiRegionTrail: boolean
  readonly isOrganizationTrail?: boolean
  readonly s3BucketName: string
  readonly logFileValidationEnabled: boolean
  readonly kmsKeyId?: string
  readonly cloudWatchLogsLogGroupArn?: string
  readonly isLogging: boolean
  readonly eventSelectors?: ReadonlyArray<{ ReadWriteType: string; IncludeManagementEvents: boolean }>
  readonly advancedEventSelectors?: ReadonlyArray<{
    Name?: string
    FieldSelectors: ReadonlyArray<{
      Field: string
      Equals?: readonly string[]
      NotEquals?: readonly string[]
    }>
  }>
}

export interface FakeBucket {
  readonly name: string
  readonly region: string
  /** False for a bucket another account owns: not listed, and readable only when `readable`. */
  readonly inAccount?: boolean
  readonly readable?: boolean
  /** ListBuckets leaves BucketRegion out (as S3-compatible stores do), so the collector asks GetBucketLocation. */
  readonly unlistedRegion?: boolean
  readonly publicAccessBlock?: FakePublicAccessBlock
  readonly versioning?: { readonly Status?: string; readonly MfaDelete?: string }
  readonly logging?: { readonly TargetBucket: string; readonly TargetPrefix: string }
}

export interface FakeAccount {
  readonly accountId: string
  readonly callerArn: string
  readonly regions: ReadonlyArray<{ readonly name: string; readonly optInStatus: string }>
  readonly iam: {
    readonly summary: { readonly AccountMFAEnabled: number; readonly AccountAccessKeysPresent: number }
    readonly passwordPolicy?: {
      readonly MinimumPasswordLength: number
      readonly PasswordReusePrevention?: number
    }
    readonly credentialReport: string
    readonly credentialReportGenerated: string
    /** GenerateCredentialReport answers STARTED this many times before COMPLETE. */
    readonly reportPolls: number
    readonly virtualMfaDevices: ReadonlyArray<{ readonly serialNumber: string; readonly userArn?: string }>
    readonly users: ReadonlyArray<{
      readonly name: string
      readonly inlinePolicies: readonly string[]
      readonly attachedPolicies: ReadonlyArray<{ readonly name: string; readonly arn: string }>
    }>
    readonly attachedPolicies: ReadonlyArray<{
      readonly name: string
      readonly arn: string
      readonly defaultVersionId: string
      readonly document: unknown
    }>
  }
  readonly s3: {
    readonly accountPublicAccessBlock?: FakePublicAccessBlock
    readonly buckets: readonly FakeBucket[]
  }
  readonly trails: readonly FakeTrail[]
  readonly logGroups: ReadonlyArray<{
    readonly region: string
    readonly name: string
    readonly metricFilters: ReadonlyArray<{
      readonly filterName: string
      readonly filterPattern: string
      readonly metricName: string
      readonly metricNamespace: string
    }>
  }>
  readonly alarms: ReadonlyArray<{
    readonly region: string
    readonly alarmName: string
    readonly metricName: string
    readonly namespace: string
    readonly actionsEnabled: boolean
    readonly alarmActions: readonly string[]
  }>
  /** Topic ARN to its subscription ARNs ("PendingConfirmation" for one not yet confirmed). */
  readonly topics: Readonly<Record<string, readonly string[]>>
  readonly ec2: Readonly<Record<string, FakeRegion>>
}

/** A scripted failure: every matching call (or the first `times` of them) gets this error instead of an answer. */
export interface Fault {
  /** The signing service: iam, sts, ec2, s3, s3-control, cloudtrail, logs, monitoring, sns. */
  readonly service: string
  readonly operation: string
  readonly region?: string
  readonly error: 'AccessDenied' | 'Throttling' | 'OptInRequired'
  readonly times?: number
}

/** Small snapshot data for control tests: an empty account, and builders for the parts a test varies. */
import type { AwsSnapshotData, CredentialReportUser, RegionConfig, Trail } from '../../src/snapshot.ts'
import type { AwsSubject } from '../../src/subject.ts'

export const COLLECTED_AT = Date.UTC(2026, 2, 2, 12, 0, 0)

export function daysAgo(days: number): string {
  return new Date(COLLECTED_AT - days * 86_400_000).toISOString()
}

export function emptyData(): AwsSnapshotData {
  return {
    account: { accountId: '111122223333', partition: 'aws' },
    iam: {
      accountSummary: { accountMfaEnabled: true, accountAccessKeysPresent: false },
      passwordPolicy: null,
      credentialReport: { generatedTime: daysAgo(0), users: [] },
      virtualMfaDevices: [],
      users: [],
      attachedPolicies: [],
    },
    s3: { accountPublicAccessBlock: null, buckets: [], errors: {} },
    cloudtrail: { trails: [] },
    monitoring: { logGroups: [], topics: [] },
    regions: [],
  }
}

export function subjectOf(data: AwsSnapshotData): AwsSubject {
  return { data, collectedAt: COLLECTED_AT }
}

export function reportUser(overrides: Partial<CredentialReportUser> = {}): CredentialReportUser {
  return {
    user: 'alice',
    arn: 'arn:aws:iam::111122223333:user/alice',
    userCreationTime: daysAgo(365),
    passwordEnabled: false,
    passwordLastUsed: null,
    passwordLastChanged: null,
    mfaActive: false,
    accessKeys: [
      { slot: 1, active: false, lastRotated: null, lastUsed: null },
      { slot: 2, active: false, lastRotated: null, lastUsed: null },
    ],
    ...overrides,
  }
}

export function trail(overrides: Partial<Trail> = {}): Trail {
  return {
    name: 'main',
    trailArn: 'arn:aws:cloudtrail:us-east-1:111122223333:trail/main',
    homeRegion: 'us-east-1',
    isMultiRegionTrail: true,
    isOrganizationTrail: false,
    s3BucketName: 'trail-bucket',
    logFileValidationEnabled: true,
    kmsKeyId: null,
    cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:111122223333:log-group:trail:*',
    isLogging: true,
    eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true }],
    advancedEventSelectors: null,
    errors: {},
    ...overrides,
  }
}

export function region(name: string, overrides: Partial<RegionConfig> = {}): RegionConfig {
  return {
    region: name,
    ebsEncryptionByDefault: true,
    vpcs: [],
    flowLogs: [],
    securityGroups: [],
    errors: {},
    ...overrides,
  }
}

/**
 * The fake accounts the collector tests and golden snapshots use: one that meets every check, one that
 * fails every check, each built from the settings a real account would have. Keys and ids are AWS's
 * documented example values.
 */
import type { FakeAccount, FakePublicAccessBlock, FakeRegion } from './fake-account.ts'

/** When the tests collect: ages in the credential report count back from here. */
export const COLLECTED_AT = Date.UTC(2026, 2, 2, 12, 0, 0)

function daysAgo(days: number): string {
  return `${new Date(COLLECTED_AT - days * 86_400_000).toISOString().slice(0, 19)}+00:00`
}

const HEADER =
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated'

interface ReportUser {
  readonly user: string
  readonly created: string
  readonly password?: { readonly lastUsed: string; readonly changed: string }
  readonly mfa: boolean
  readonly keys: ReadonlyArray<{ readonly rotated: string; readonly used: string } | undefined>
}

function reportRow(accountId: string, user: ReportUser): string {
  const arn =
    user.user === '<root_account>'
      ? `arn:aws:iam::${accountId}:root`
      : `arn:aws:iam::${accountId}:user/${user.user}`
  const password =
    user.user === '<root_account>'
      ? ['not_supported', 'no_information', 'not_supported', 'not_supported']
      : user.password === undefined
        ? ['false', 'N/A', 'N/A', 'N/A']
        : ['true', user.password.lastUsed, user.password.changed, 'N/A']
  const keys = [0, 1].flatMap((slot) => {
    const key = user.keys[slot]
    if (key === undefined) return ['false', 'N/A', 'N/A', 'N/A', 'N/A']
    const used = key.used === 'N/A' ? ['N/A', 'N/A', 'N/A'] : [key.used, 'us-east-1', 's3']
    return ['true', key.rotated, ...used]
  })
  return [
    user.user,
    arn,
    user.created,
    ...password.slice(0, 3),
    password[3],
    String(user.mfa),
    ...keys,
    'false',
    'N/A',
    'false',
    'N/A',
  ].join(',')
}

function credentialReport(accountId: string, users: readonly ReportUser[]): string {
  return `${[HEADER, ...users.map((user) => reportRow(accountId, user))].join('\n')}\n`
}

const ALL_BLOCKED: FakePublicAccessBlock = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true,
}

/** The benchmark's filter patterns, written as people write them: spacing and quoting vary. */
const CIS_FILTERS: ReadonlyArray<readonly [string, string]> = [
  [
    'unauthorized_api_calls_metric',
    '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && ($.sourceIPAddress!="delivery.logs.amazonaws.com") && ($.eventName!="HeadBucket") }',
  ],
  [
    'no_mfa_console_signin_metric',
    '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
  ],
  [
    'root_usage_metric',
    '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
  ],
  [
    'iam_changes_metric',
    '{($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy)}',
  ],
  [
    'cloudtrail_cfg_changes_metric',
    '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }',
  ],
  [
    'console_signin_failure_metric',
    '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
  ],
  [
    'disable_or_delete_cmk_changes_metric',
    '{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }',
  ],
  [
    's3_bucket_policy_changes_metric',
    '{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }',
  ],
  [
    'aws_config_changes_metric',
    '{ ($.eventSource = config.amazonaws.com) && (($.eventName=StopConfigurationRecorder)||($.eventName=DeleteDeliveryChannel)||($.eventName=PutDeliveryChannel)||($.eventName=PutConfigurationRecorder)) }',
  ],
  [
    'security_group_changes_metric',
    '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }',
  ],
  [
    'nacl_changes_metric',
    '{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }',
  ],
  [
    'network_gw_changes_metric',
    '{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }',
  ],
  [
    'route_table_changes_metric',
    '{($.eventSource = ec2.amazonaws.com) && ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }',
  ],
  [
    'vpc_changes_metric',
    '{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || ($.eventName = EnableVpcClassicLink) }',
  ],
  [
    'organizations_changes',
    '{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = "AcceptHandshake") || ($.eventName = "AttachPolicy") || ($.eventName = "CreateAccount") || ($.eventName = "CreateOrganizationalUnit") || ($.eventName = "CreatePolicy") || ($.eventName = "DeclineHandshake") || ($.eventName = "DeleteOrganization") || ($.eventName = "DeleteOrganizationalUnit") || ($.eventName = "DeletePolicy") || ($.eventName = "DetachPolicy") || ($.eventName = "DisablePolicyType") || ($.eventName = "EnablePolicyType") || ($.eventName = "InviteAccountToOrganization") || ($.eventName = "LeaveOrganization") || ($.eventName = "MoveAccount") || ($.eventName = "RemoveAccountFromOrganization") || ($.eventName = "UpdatePolicy") || ($.eventName = "UpdateOrganizationalUnit")) }',
  ],
]

const COMPLIANT_ID = '111122223333'
const ALERTS_TOPIC = `arn:aws:sns:us-east-1:${COMPLIANT_ID}:security-alerts`

function closedRegion(prefix: string): FakeRegion {
  return {
    ebsEncryptionByDefault: true,
    vpcs: [
      { vpcId: `vpc-${prefix}01`, isDefault: true },
      { vpcId: `vpc-${prefix}02`, isDefault: false },
    ],
    flowLogs: [
      { flowLogId: `fl-${prefix}01`, resourceId: `vpc-${prefix}01`, status: 'ACTIVE', trafficType: 'ALL' },
      { flowLogId: `fl-${prefix}02`, resourceId: `vpc-${prefix}02`, status: 'ACTIVE', trafficType: 'REJECT' },
    ],
    securityGroups: [
      { groupId: `sg-${prefix}01`, groupName: 'default', vpcId: `vpc-${prefix}01`, ingress: [], egress: [] },
      { groupId: `sg-${prefix}02`, groupName: 'default', vpcId: `vpc-${prefix}02`, ingress: [], egress: [] },
      {
        groupId: `sg-${prefix}03`,
        groupName: 'web',
        vpcId: `vpc-${prefix}02`,
        ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, ipv4: ['0.0.0.0/0'], ipv6: ['::/0'] }],
        egress: [{ protocol: '-1', ipv4: ['0.0.0.0/0'] }],
      },
      {
        groupId: `sg-${prefix}04`,
        groupName: 'bastion',
        vpcId: `vpc-${prefix}02`,
        ingress: [
          { protocol: 'tcp', fromPort: 22, toPort: 22, ipv4: ['10.20.0.0/16'], groups: [`sg-${prefix}03`] },
        ],
        egress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, ipv4: ['0.0.0.0/0'] }],
      },
    ],
  }
}

/** Meets every check this skill evaluates. */
export function compliantAccount(): FakeAccount {
  const id = COMPLIANT_ID
  return {
    accountId: id,
    callerArn: `arn:aws:iam::${id}:user/auditor`,
    regions: [
      { name: 'us-east-1', optInStatus: 'opt-in-not-required' },
      { name: 'eu-west-1', optInStatus: 'opt-in-not-required' },
      { name: 'ap-east-1', optInStatus: 'not-opted-in' },
    ],
    iam: {
      summary: { AccountMFAEnabled: 1, AccountAccessKeysPresent: 0 },
      passwordPolicy: { MinimumPasswordLength: 16, PasswordReusePrevention: 24 },
      credentialReport: credentialReport(id, [
        { user: '<root_account>', created: daysAgo(900), mfa: true, keys: [] },
        {
          user: 'alice',
          created: daysAgo(400),
          password: { lastUsed: daysAgo(2), changed: daysAgo(60) },
          mfa: true,
          keys: [{ rotated: daysAgo(30), used: daysAgo(1) }],
        },
        {
          user: 'build-bot',
          created: daysAgo(300),
          mfa: false,
          keys: [{ rotated: daysAgo(10), used: daysAgo(0) }],
        },
        {
          user: 'carol',
          created: daysAgo(20),
          password: { lastUsed: 'N/A', changed: daysAgo(20) },
          mfa: true,
          keys: [],
        },
      ]),
      credentialReportGenerated: new Date(COLLECTED_AT - 60_000).toISOString(),
      reportPolls: 1,
      virtualMfaDevices: [
        { serialNumber: `arn:aws:iam::${id}:mfa/alice`, userArn: `arn:aws:iam::${id}:user/alice` },
        { serialNumber: `arn:aws:iam::${id}:mfa/carol`, userArn: `arn:aws:iam::${id}:user/carol` },
      ],
      users: [
        { name: 'alice', inlinePolicies: [], attachedPolicies: [] },
        { name: 'build-bot', inlinePolicies: [], attachedPolicies: [] },
        { name: 'carol', inlinePolicies: [], attachedPolicies: [] },
      ],
      attachedPolicies: [
        {
          name: 'ReadOnlyAccess',
          arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
          defaultVersionId: 'v112',
          document: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 'ec2:Describe*'], Resource: '*' }],
          },
        },
        {
          name: 'build-deploy',
          arn: `arn:aws:iam::${id}:policy/build-deploy`,
          defaultVersionId: 'v3',
          document: {
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'Artifacts',
                Effect: 'Allow',
                Action: 's3:PutObject',
                Resource: 'arn:aws:s3:::acme-artifacts/*',
              },
              {
                Sid: 'NoAdmin',
                Effect: 'Deny',
                Action: '*',
                Resource: '*',
                Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } },
              },
            ],
          },
        },
        {
          name: 'support-access',
          arn: `arn:aws:iam::${id}:policy/support-access`,
          defaultVersionId: 'v1',
          document: {
            Version: '2012-10-17',
            Statement: { Effect: 'Allow', Action: 'support:*', Resource: '*' },
          },
        },
      ],
    },
    s3: {
      accountPublicAccessBlock: ALL_BLOCKED,
      buckets: [
        {
          name: 'acme-cloudtrail-logs',
          region: 'us-east-1',
          publicAccessBlock: ALL_BLOCKED,
          versioning: { Status: 'Enabled', MfaDelete: 'Enabled' },
          logging: { TargetBucket: 'acme-access-logs', TargetPrefix: 'cloudtrail/' },
        },
        {
          name: 'acme-access-logs',
          region: 'eu-west-1',
          publicAccessBlock: ALL_BLOCKED,
          versioning: { Status: 'Enabled', MfaDelete: 'Enabled' },
        },
        {
          name: 'acme-artifacts',
          region: 'eu-west-1',
          unlistedRegion: true,
          versioning: { Status: 'Enabled', MfaDelete: 'Enabled' },
        },
      ],
    },
    trails: [
      {
        name: 'management-trail',
        homeRegion: 'us-east-1',
        isMultiRegionTrail: true,
        s3BucketName: 'acme-cloudtrail-logs',
        logFileValidationEnabled: true,
        kmsKeyId: `arn:aws:kms:us-east-1:${id}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
        cloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${id}:log-group:aws-cloudtrail-logs-management:*`,
        isLogging: true,
        advancedEventSelectors: [
          { Name: 'Management events', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] },
        ],
      },
    ],
    logGroups: [
      {
        region: 'us-east-1',
        name: 'aws-cloudtrail-logs-management',
        metricFilters: CIS_FILTERS.map(([metric, pattern]) => ({
          filterName: metric,
          filterPattern: pattern,
          metricName: metric,
          metricNamespace: 'CISBenchmark',
        })),
      },
    ],
    alarms: CIS_FILTERS.map(([metric]) => ({
      region: 'us-east-1',
      alarmName: `${metric}_alarm`,
      metricName: metric,
      namespace: 'CISBenchmark',
      actionsEnabled: true,
      alarmActions: [ALERTS_TOPIC],
    })),
    topics: {
      [ALERTS_TOPIC]: ['PendingConfirmation', `${ALERTS_TOPIC}:5f3a2c1e-8d4b-4c6a-9e7f-0a1b2c3d4e5f`],
    },
    ec2: { 'us-east-1': closedRegion('0a'), 'eu-west-1': closedRegion('0b') },
  }
}

const NONCOMPLIANT_ID = '444455556666'

/** Fails every check this skill evaluates. */
export function noncompliantAccount(): FakeAccount {
  const id = NONCOMPLIANT_ID
  const admin = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }
  return {
    accountId: id,
    callerArn: `arn:aws:iam::${id}:user/auditor`,
    regions: [
      { name: 'us-east-1', optInStatus: 'opt-in-not-required' },
      { name: 'eu-west-1', optInStatus: 'opt-in-not-required' },
    ],
    iam: {
      summary: { AccountMFAEnabled: 0, AccountAccessKeysPresent: 1 },
      passwordPolicy: { MinimumPasswordLength: 8 },
      credentialReport: credentialReport(id, [
        {
          user: '<root_account>',
          created: daysAgo(2000),
          mfa: false,
          keys: [{ rotated: daysAgo(1500), used: daysAgo(3) }],
        },
        {
          user: 'mallory',
          created: daysAgo(700),
          password: { lastUsed: daysAgo(100), changed: daysAgo(600) },
          mfa: false,
          keys: [
            { rotated: daysAgo(200), used: daysAgo(60) },
            { rotated: daysAgo(10), used: 'N/A' },
          ],
        },
        {
          user: 'legacy-sync',
          created: daysAgo(500),
          mfa: false,
          keys: [{ rotated: daysAgo(400), used: 'N/A' }],
        },
      ]),
      credentialReportGenerated: new Date(COLLECTED_AT - 60_000).toISOString(),
      reportPolls: 0,
      virtualMfaDevices: [],
      users: [
        {
          name: 'legacy-sync',
          inlinePolicies: [],
          attachedPolicies: [{ name: 'legacy-admin', arn: `arn:aws:iam::${id}:policy/legacy-admin` }],
        },
        {
          name: 'mallory',
          inlinePolicies: ['mallory-s3', 'mallory-ec2'],
          attachedPolicies: [
            { name: 'AdministratorAccess', arn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
          ],
        },
      ],
      attachedPolicies: [
        {
          name: 'AdministratorAccess',
          arn: 'arn:aws:iam::aws:policy/AdministratorAccess',
          defaultVersionId: 'v1',
          document: admin,
        },
        {
          name: 'legacy-admin',
          arn: `arn:aws:iam::${id}:policy/legacy-admin`,
          defaultVersionId: 'v2',
          document: {
            Version: '2012-10-17',
            Statement: { Sid: 'Everything', Effect: 'Allow', Action: ['*:*'], Resource: ['*'] },
          },
        },
      ],
    },
    s3: {
      buckets: [
        {
          name: 'acme-trail-logs',
          region: 'us-east-1',
          versioning: { Status: 'Enabled', MfaDelete: 'Disabled' },
        },
        {
          name: 'acme-public-site',
          region: 'eu-west-1',
          publicAccessBlock: {
            BlockPublicAcls: true,
            IgnorePublicAcls: false,
            BlockPublicPolicy: false,
            RestrictPublicBuckets: false,
          },
        },
      ],
    },
    trails: [
      {
        name: 'acme-trail',
        homeRegion: 'us-east-1',
        isMultiRegionTrail: false,
        s3BucketName: 'acme-trail-logs',
        logFileValidationEnabled: false,
        isLogging: true,
        eventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }],
      },
      {
        name: 'acme-global',
        homeRegion: 'eu-west-1',
        isMultiRegionTrail: true,
        s3BucketName: 'acme-trail-logs',
        logFileValidationEnabled: false,
        cloudWatchLogsLogGroupArn: `arn:aws:logs:eu-west-1:${id}:log-group:acme-global:*`,
        isLogging: false,
        eventSelectors: [{ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true }],
      },
    ],
    logGroups: [{ region: 'eu-west-1', name: 'acme-global', metricFilters: [] }],
    alarms: [],
    topics: {},
    ec2: {
      'us-east-1': {
        ebsEncryptionByDefault: false,
        vpcs: [
          { vpcId: 'vpc-1a01', isDefault: true },
          { vpcId: 'vpc-1a02', isDefault: false },
        ],
        flowLogs: [{ flowLogId: 'fl-1a02', resourceId: 'vpc-1a02', status: 'ACTIVE', trafficType: 'ACCEPT' }],
        securityGroups: [
          {
            groupId: 'sg-1a01',
            groupName: 'default',
            vpcId: 'vpc-1a01',
            ingress: [{ protocol: '-1', groups: ['sg-1a01'] }],
            egress: [{ protocol: '-1', ipv4: ['0.0.0.0/0'] }],
          },
          {
            groupId: 'sg-1a02',
            groupName: 'ssh-anywhere',
            vpcId: 'vpc-1a01',
            ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, ipv4: ['0.0.0.0/0'] }],
            egress: [],
          },
          {
            groupId: 'sg-1a03',
            groupName: 'rdp-v6',
            vpcId: 'vpc-1a02',
            ingress: [{ protocol: '6', fromPort: 3380, toPort: 3390, ipv6: ['::/0'] }],
            egress: [],
          },
          {
            groupId: 'sg-1a04',
            groupName: 'wide-open',
            vpcId: 'vpc-1a02',
            ingress: [{ protocol: '-1', ipv4: ['0.0.0.0/0'], ipv6: ['::/0'] }],
            egress: [],
          },
        ],
      },
      'eu-west-1': {
        ebsEncryptionByDefault: false,
        vpcs: [{ vpcId: 'vpc-1b01', isDefault: true }],
        flowLogs: [{ flowLogId: 'fl-1b01', resourceId: 'vpc-1b01', status: 'ACTIVE', trafficType: 'ALL' }],
        securityGroups: [
          {
            groupId: 'sg-1b01',
            groupName: 'default',
            vpcId: 'vpc-1b01',
            ingress: [{ protocol: 'udp', fromPort: 0, toPort: 65535, ipv4: ['0.0.0.0/0'] }],
            egress: [{ protocol: '-1', ipv4: ['0.0.0.0/0'] }],
          },
        ],
      },
    },
  }
}

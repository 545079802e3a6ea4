/**
 * The attacks the AWS detectors look for, one scenario each, and the role assumption that opens each
 * lateral-movement episode (its network half is in the VPC flow generator).
 */
import {
  ATTACKER,
  assumedRole,
  BROWSER_AGENT,
  CLI_AGENT,
  type CloudTrailRecord,
  iamUser,
  REGION,
  record,
} from './cloudtrail-records.ts'
import { ACCOUNT, type LateralEpisode } from './lateral-movement-plan.ts'
import type { Scenario } from './source-generator.ts'

const EXTERNAL_ACCOUNT = '444455556666'

export const CLOUDTRAIL_ATTACKS: readonly Scenario<CloudTrailRecord>[] = [
  (random, start) => [
    record(random, start, {
      identity: iamUser('contractor', '198.51.100.60', BROWSER_AGENT),
      source: 'signin.amazonaws.com',
      name: 'ConsoleLogin',
      eventType: 'AwsConsoleSignIn',
      response: { ConsoleLogin: 'Success' },
      additional: {
        LoginTo: 'https://console.aws.amazon.com/console/home',
        MobileVersion: 'No',
        MFAUsed: 'No',
      },
    }),
  ],
  (random, start) => [
    record(random, start, {
      identity: {
        userIdentity: {
          type: 'Root',
          principalId: ACCOUNT,
          arn: `arn:aws:iam::${ACCOUNT}:root`,
          accountId: ACCOUNT,
          accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
        },
        sourceIPAddress: '198.51.100.61',
        userAgent: `${CLI_AGENT}iam.create-user`,
      },
      source: 'iam.amazonaws.com',
      name: 'UpdateAccountPasswordPolicy',
      request: { minimumPasswordLength: 8, requireSymbols: false },
    }),
  ],
  (random, start) => [
    record(random, start, {
      identity: ATTACKER(random),
      source: 'ec2.amazonaws.com',
      name: 'GetPasswordData',
      readOnly: true,
      request: { instanceId: `i-0${random.hex(16)}` },
    }),
  ],
  (random, start) => {
    const identity = ATTACKER(random)
    const reads: CloudTrailRecord[] = []
    for (let secret = 0; secret < 12; secret += 1) {
      reads.push(
        record(random, start + secret * 4_000, {
          identity,
          source: 'secretsmanager.amazonaws.com',
          name: 'GetSecretValue',
          readOnly: true,
          request: {
            secretId: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:prod/service-${secret}-AbCdEf`,
          },
        }),
      )
    }
    return reads
  },
  (random, start) => [
    record(random, start, {
      identity: ATTACKER(random),
      source: 's3.amazonaws.com',
      name: 'PutBucketPolicy',
      request: {
        bucketName: 'payroll-exports',
        Host: `payroll-exports.s3.${REGION}.amazonaws.com`,
        policy: '',
        bucketPolicy: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: 's3:GetObject',
              Resource: 'arn:aws:s3:::payroll-exports/*',
              Principal: '*',
            },
          ],
        },
      },
      resources: [{ accountId: ACCOUNT, type: 'AWS::S3::Bucket', ARN: 'arn:aws:s3:::payroll-exports' }],
    }),
  ],
  (random, start) => [
    record(random, start, {
      identity: ATTACKER(random),
      source: 'ec2.amazonaws.com',
      name: 'ModifySnapshotAttribute',
      request: {
        snapshotId: `snap-0${random.hex(16)}`,
        attributeType: 'CREATE_VOLUME_PERMISSION',
        createVolumePermission: { add: { items: [{ userId: EXTERNAL_ACCOUNT }] } },
      },
      response: { _return: true },
    }),
  ],
  (random, start) => [
    record(random, start, {
      identity: ATTACKER(random),
      source: 'cloudtrail.amazonaws.com',
      name: 'StopLogging',
      request: { name: `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/org-trail` },
    }),
    record(random, start + 30_000, {
      identity: ATTACKER(random),
      source: 'ec2.amazonaws.com',
      name: 'DeleteFlowLogs',
      request: { DeleteFlowLogsRequest: { FlowLogId: { content: `fl-0${random.hex(16)}`, tag: 1 } } },
      response: {
        DeleteFlowLogsResponse: {
          xmlns: 'http://ec2.amazonaws.com/doc/2016-11-15/',
          requestId: random.uuid(),
          unsuccessful: '',
        },
      },
    }),
    record(random, start + 60_000, {
      identity: ATTACKER(random),
      source: 'guardduty.amazonaws.com',
      name: 'DeleteDetector',
      request: { detectorId: random.hex(32) },
    }),
  ],
  (random, start) => {
    const identity = ATTACKER(random)
    const user = `svc-backup-${random.hex(4)}`
    return [
      record(random, start, {
        identity,
        source: 'iam.amazonaws.com',
        name: 'CreateUser',
        request: { userName: user },
        response: {
          user: {
            path: '/',
            userName: user,
            userId: `AIDA${random.hex(16).toUpperCase()}`,
            arn: `arn:aws:iam::${ACCOUNT}:user/${user}`,
            createDate: 'Mar 2, 2026, 9:00:00 AM',
          },
        },
      }),
      record(random, start + 10_000, {
        identity,
        source: 'iam.amazonaws.com',
        name: 'AttachUserPolicy',
        request: { userName: user, policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
      }),
      record(random, start + 20_000, {
        identity,
        source: 'iam.amazonaws.com',
        name: 'CreateAccessKey',
        request: { userName: user },
        response: {
          accessKey: {
            userName: user,
            accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
            status: 'Active',
            createDate: 'Mar 2, 2026, 9:00:20 AM',
          },
        },
      }),
    ]
  },
  (random, start) => [
    record(random, start, {
      identity: ATTACKER(random),
      source: 'iam.amazonaws.com',
      name: 'UpdateAssumeRolePolicy',
      request: {
        roleName: 'billing-reader',
        policyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${EXTERNAL_ACCOUNT}:root` },
              Action: 'sts:AssumeRole',
            },
          ],
        }),
      },
    }),
  ],
  (random, start) => {
    const instanceIds: string[] = []
    for (let instance = 0; instance < 8; instance += 1) instanceIds.push(`i-0${random.hex(16)}`)
    return [
      record(random, start, {
        identity: ATTACKER(random),
        source: 'ssm.amazonaws.com',
        name: 'SendCommand',
        request: {
          documentName: 'AWS-RunShellScript',
          interactive: false,
          parameters: 'HIDDEN_DUE_TO_SECURITY_REASONS',
          instanceIds,
        },
        response: {
          command: {
            commandId: random.uuid(),
            documentName: 'AWS-RunShellScript',
            instanceIds,
            status: 'Pending',
          },
        },
      }),
    ]
  },
]

/** The instance's own call: its role session is named after it, from its private address, with no service in between. */
export function roleAssumption(episode: LateralEpisode): Scenario<CloudTrailRecord> {
  return (random, time) => [
    record(random, time, {
      identity: assumedRole(
        random,
        'payments-app',
        episode.instance,
        episode.address,
        `${CLI_AGENT}sts.assume-role`,
      ),
      source: 'sts.amazonaws.com',
      name: 'AssumeRole',
      request: { roleArn: episode.role, roleSessionName: 'maintenance', durationSeconds: 3600 },
      response: {
        credentials: {
          accessKeyId: `ASIA${random.hex(16).toUpperCase()}`,
          sessionToken: 'EXAMPLE-SESSION-TOKEN',
          expiration: 'Mar 2, 2026, 11:00:00 PM',
        },
        assumedRoleUser: {
          assumedRoleId: `AROA${random.hex(16).toUpperCase()}:maintenance`,
          arn: `arn:aws:sts::${ACCOUNT}:assumed-role/fleet-admin/maintenance`,
        },
      },
      resources: [{ accountId: ACCOUNT, type: 'AWS::IAM::Role', ARN: episode.role }],
    }),
  ]
}

/**
 * CloudTrail as a trail delivers it to S3: many `{"Records":[...]}` files of a few hundred records each,
 * most gzip-compressed. Ordinary traffic is applications reading S3, DynamoDB, KMS and their own
 * secret, services assuming roles, engineers signing in with MFA and describing things, some denials;
 * the attacks are those the AWS detectors look for: sign-in without MFA, root use, secret harvesting,
 * public buckets and shared snapshots, trails and detectors switched off, IAM backdoors, SSM fan-out,
 * and an instance that assumes a role before moving sideways.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Random } from '../random.ts'
import { ACCOUNT, type LateralEpisode, lateralEpisodes } from './lateral-movement-plan.ts'
import {
  type GeneratedInput,
  isoTime,
  mixRecords,
  type Scenario,
  type SourceGenerator,
  writeWholeFile,
} from './source-generator.ts'

type CloudTrailRecord = Record<string, unknown>

const REGION = 'eu-west-1'
const EXTERNAL_ACCOUNT = '444455556666'
const CLI_AGENT = 'aws-cli/2.15.30 Python/3.11.8 Linux/6.5.0 exe/x86_64.ubuntu.22 prompt/off command/'
const SDK_AGENT =
  'aws-sdk-java/2.25.11 Linux/6.1.79 OpenJDK_64-Bit_Server_VM/17.0.10+7-LTS Java/17.0.10 vendor/Amazon.com_Inc. exec-env/AWS_ECS_FARGATE io/sync http/Apache cfg/retry-mode/standard'
const BROWSER_AGENT =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15'

interface Identity {
  readonly userIdentity: Record<string, unknown>
  readonly sourceIPAddress: string
  readonly userAgent: string
}

function assumedRole(random: Random, role: string, session: string, ip: string, userAgent: string): Identity {
  const roleId = `AROA${random.hex(16).toUpperCase()}`
  return {
    userIdentity: {
      type: 'AssumedRole',
      principalId: `${roleId}:${session}`,
      arn: `arn:aws:sts::${ACCOUNT}:assumed-role/${role}/${session}`,
      accountId: ACCOUNT,
      accessKeyId: `ASIA${random.hex(16).toUpperCase()}`,
      sessionContext: {
        sessionIssuer: {
          type: 'Role',
          principalId: roleId,
          arn: `arn:aws:iam::${ACCOUNT}:role/${role}`,
          accountId: ACCOUNT,
          userName: role,
        },
        webIdFederationData: {},
        attributes: { creationDate: '2026-03-02T00:00:05Z', mfaAuthenticated: 'false' },
      },
    },
    sourceIPAddress: ip,
    userAgent,
  }
}

function iamUser(name: string, ip: string, userAgent: string, accessKeyId?: string): Identity {
  return {
    userIdentity: {
      type: 'IAMUser',
      principalId: 'AIDAJ45Q7YFFAREXAMPLE',
      arn: `arn:aws:iam::${ACCOUNT}:user/${name}`,
      accountId: ACCOUNT,
      accessKeyId,
      userName: name,
    },
    sourceIPAddress: ip,
    userAgent,
  }
}

const APP = (random: Random) =>
  assumedRole(
    random,
    'payments-app',
    'payments-app-task',
    `10.20.${random.int(1, 3)}.${random.int(10, 200)}`,
    SDK_AGENT,
  )
const ATTACKER = (random: Random) =>
  assumedRole(random, 'DevOps', 'mallory', '198.51.100.23', `${CLI_AGENT}iam`)

interface Call {
  readonly identity: Identity
  readonly source: string
  readonly name: string
  readonly request?: unknown
  readonly response?: unknown
  readonly readOnly?: boolean
  readonly resources?: unknown[]
  readonly error?: { code: string; message: string }
  readonly eventType?: string
  readonly additional?: Record<string, unknown>
  readonly dataEvent?: boolean
}

function record(random: Random, time: number, call: Call): CloudTrailRecord {
  return {
    eventVersion: '1.09',
    userIdentity: call.identity.userIdentity,
    eventTime: isoTime(time).replace(/\.\d{3}Z$/, 'Z'),
    eventSource: call.source,
    eventName: call.name,
    awsRegion: REGION,
    sourceIPAddress: call.identity.sourceIPAddress,
    userAgent: call.identity.userAgent,
    errorCode: call.error?.code,
    errorMessage: call.error?.message,
    requestParameters: call.request ?? null,
    responseElements: call.response ?? null,
    additionalEventData: call.additional,
    requestID: random.uuid(),
    eventID: random.uuid(),
    readOnly: call.readOnly ?? false,
    resources: call.resources,
    eventType: call.eventType ?? 'AwsApiCall',
    managementEvent: call.dataEvent !== true,
    recipientAccountId: ACCOUNT,
    eventCategory: call.dataEvent === true ? 'Data' : 'Management',
    tlsDetails: {
      tlsVersion: 'TLSv1.3',
      cipherSuite: 'TLS_AES_128_GCM_SHA256',
      clientProvidedHostHeader: `${call.source.split('.')[0]}.${REGION}.amazonaws.com`,
    },
  }
}

function s3Object(random: Random, time: number): CloudTrailRecord {
  const bucket = random.pick(['payments-ledger-exports', 'checkout-artifacts', 'search-index-snapshots'])
  const key = `${random.pick(['daily', 'hourly', 'adhoc'])}/2026/03/02/${random.hex(12)}.parquet`
  const name = random.pick(['GetObject', 'GetObject', 'PutObject', 'HeadObject'])
  return record(random, time, {
    identity: APP(random),
    source: 's3.amazonaws.com',
    name,
    readOnly: name !== 'PutObject',
    dataEvent: true,
    request: { bucketName: bucket, Host: `${bucket}.s3.${REGION}.amazonaws.com`, key },
    additional: {
      SignatureVersion: 'SigV4',
      CipherSuite: 'TLS_AES_128_GCM_SHA256',
      bytesTransferredIn: name === 'PutObject' ? random.int(1000, 5_000_000) : 0,
      AuthenticationMethod: 'AuthHeader',
      'x-amz-id-2': random.hex(60),
      bytesTransferredOut: name === 'GetObject' ? random.int(1000, 5_000_000) : 0,
    },
    resources: [
      { type: 'AWS::S3::Object', ARN: `arn:aws:s3:::${bucket}/${key}` },
      { accountId: ACCOUNT, type: 'AWS::S3::Bucket', ARN: `arn:aws:s3:::${bucket}` },
    ],
  })
}

/** Ordinary account traffic. */
function benign(random: Random, time: number): CloudTrailRecord {
  const roll = random.next()
  if (roll < 0.3) return s3Object(random, time)
  if (roll < 0.42) {
    return record(random, time, {
      identity: APP(random),
      source: 'dynamodb.amazonaws.com',
      name: random.pick(['GetItem', 'PutItem', 'Query']),
      dataEvent: true,
      request: {
        tableName: 'payments-ledger',
        key: { pk: { S: `txn#${random.hex(10)}` } },
        consistentRead: false,
      },
      resources: [
        {
          accountId: ACCOUNT,
          type: 'AWS::DynamoDB::Table',
          ARN: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/payments-ledger`,
        },
      ],
    })
  }
  if (roll < 0.52) {
    return record(random, time, {
      identity: APP(random),
      source: 'kms.amazonaws.com',
      name: 'Decrypt',
      readOnly: true,
      request: {
        encryptionAlgorithm: 'SYMMETRIC_DEFAULT',
        encryptionContext: { 'aws:dynamodb:tableName': 'payments-ledger' },
      },
      resources: [
        {
          accountId: ACCOUNT,
          type: 'AWS::KMS::Key',
          ARN: `arn:aws:kms:${REGION}:${ACCOUNT}:key/${random.uuid()}`,
        },
      ],
    })
  }
  if (roll < 0.6) {
    // The instance profile's credentials, delivered by EC2: a service call, not the workload's choice.
    const instance = `i-0${random.hex(16)}`
    return record(random, time, {
      identity: {
        userIdentity: { type: 'AWSService', invokedBy: 'ec2.amazonaws.com' },
        sourceIPAddress: 'ec2.amazonaws.com',
        userAgent: 'ec2.amazonaws.com',
      },
      source: 'sts.amazonaws.com',
      name: 'AssumeRole',
      request: { roleArn: `arn:aws:iam::${ACCOUNT}:role/payments-app`, roleSessionName: instance },
      response: {
        credentials: {
          accessKeyId: `ASIA${random.hex(16).toUpperCase()}`,
          sessionToken: 'EXAMPLE-SESSION-TOKEN',
          expiration: 'Mar 2, 2026, 6:00:00 PM',
        },
      },
      resources: [
        { accountId: ACCOUNT, type: 'AWS::IAM::Role', ARN: `arn:aws:iam::${ACCOUNT}:role/payments-app` },
      ],
    })
  }
  if (roll < 0.7) {
    return record(random, time, {
      identity: assumedRole(
        random,
        'ReadOnlyAuditor',
        random.pick(['alice', 'bob']),
        '203.0.113.45',
        `${CLI_AGENT}ec2.describe-instances`,
      ),
      source: 'ec2.amazonaws.com',
      name: random.pick(['DescribeInstances', 'DescribeSecurityGroups', 'DescribeVolumes']),
      readOnly: true,
      request: {
        filterSet: {
          items: [
            { name: 'tag:service', valueSet: { items: [{ value: random.pick(['payments', 'search']) }] } },
          ],
        },
        maxResults: 100,
      },
    })
  }
  if (roll < 0.76) {
    // An application reading its own secret, again and again: one distinct secret, never a harvest.
    return record(random, time, {
      identity: APP(random),
      source: 'secretsmanager.amazonaws.com',
      name: 'GetSecretValue',
      readOnly: true,
      request: { secretId: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:payments/db-AbCdEf` },
    })
  }
  if (roll < 0.8) {
    return record(random, time, {
      identity: iamUser(random.pick(['alice', 'bob']), '203.0.113.45', BROWSER_AGENT),
      source: 'signin.amazonaws.com',
      name: 'ConsoleLogin',
      eventType: 'AwsConsoleSignIn',
      response: { ConsoleLogin: 'Success' },
      additional: {
        LoginTo: 'https://console.aws.amazon.com/console/home',
        MobileVersion: 'No',
        MFAUsed: 'Yes',
        MFAIdentifier: `arn:aws:iam::${ACCOUNT}:mfa/alice`,
      },
    })
  }
  if (roll < 0.9) {
    return record(random, time, {
      identity: assumedRole(random, 'ReadOnlyAuditor', 'carol', '203.0.113.46', `${CLI_AGENT}iam.list-roles`),
      source: 'iam.amazonaws.com',
      name: random.pick(['ListRoles', 'GetRole', 'ListAttachedRolePolicies']),
      readOnly: true,
      request: { maxItems: 100, roleName: random.pick(['payments-app', 'search-indexer']) },
    })
  }
  return record(random, time, {
    identity: assumedRole(random, 'developer', 'dave', '203.0.113.47', `${CLI_AGENT}s3api.put-bucket-policy`),
    source: random.pick(['s3.amazonaws.com', 'iam.amazonaws.com', 'ec2.amazonaws.com']),
    name: random.pick(['PutBucketPolicy', 'CreateRole', 'TerminateInstances']),
    error: {
      code: 'AccessDenied',
      message: 'User is not authorized to perform this action because no identity-based policy allows it',
    },
  })
}

const SCENARIOS: readonly Scenario<CloudTrailRecord>[] = [
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
function roleAssumption(episode: LateralEpisode): Scenario<CloudTrailRecord> {
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

export const cloudTrailGenerator: SourceGenerator = {
  ingester: 'ingest-cloudtrail-ocsf',
  source: 'cloudtrail',
  generate(dir, records, random): GeneratedInput {
    const folder = join(dir, 'cloudtrail')
    mkdirSync(folder, { recursive: true })
    const scheduled = lateralEpisodes(records).map((episode) => ({
      time: episode.time,
      records: roleAssumption(episode),
    }))
    const files: string[] = []
    let bytes = 0
    let batch: string[] = []
    let batchSize = random.int(50, 600)
    const writeBatch = () => {
      const gzip = random.chance(0.7)
      const name = `${ACCOUNT}_CloudTrail_${REGION}_20260302T${String(files.length).padStart(5, '0')}Z_${random.hex(16)}.json${gzip ? '.gz' : ''}`
      const file = join(folder, name)
      bytes += writeWholeFile(file, `{"Records":[${batch.join(',')}]}`, gzip)
      files.push(file)
      batch = []
      batchSize = random.int(50, 600)
    }
    for (const item of mixRecords(records, random, benign, SCENARIOS, scheduled)) {
      batch.push(JSON.stringify(item))
      if (batch.length >= batchSize) writeBatch()
    }
    if (batch.length > 0) writeBatch()
    return { files, args: [], records, bytes, text: false }
  },
}

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
import { CLOUDTRAIL_ATTACKS, roleAssumption } from './cloudtrail-attacks.ts'
import {
  APP,
  assumedRole,
  BROWSER_AGENT,
  CLI_AGENT,
  type CloudTrailRecord,
  iamUser,
  REGION,
  record,
} from './cloudtrail-records.ts'
import { ACCOUNT, lateralEpisodes } from './lateral-movement-plan.ts'
import { type GeneratedInput, mixRecords, type SourceGenerator, writeWholeFile } from './source-generator.ts'

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
    for (const item of mixRecords(records, random, benign, CLOUDTRAIL_ATTACKS, scheduled)) {
      batch.push(JSON.stringify(item))
      if (batch.length >= batchSize) writeBatch()
    }
    if (batch.length > 0) writeBatch()
    return { files, args: [], records, bytes, text: false }
  },
}

/**
 * CloudTrail records as a trail writes them: the identity that made the call (IAM user, assumed role,
 * root, an AWS service), the call and its parameters, and the trail's bookkeeping. Shared by the
 * ordinary traffic and the attack scenarios.
 */
import type { Random } from '../random.ts'
import { ACCOUNT } from './lateral-movement-plan.ts'
import { isoTime } from './source-generator.ts'

export type CloudTrailRecord = Record<string, unknown>

export const REGION = 'eu-west-1'
export const CLI_AGENT = 'aws-cli/2.15.30 Python/3.11.8 Linux/6.5.0 exe/x86_64.ubuntu.22 prompt/off command/'
const SDK_AGENT =
  'aws-sdk-java/2.25.11 Linux/6.1.79 OpenJDK_64-Bit_Server_VM/17.0.10+7-LTS Java/17.0.10 vendor/Amazon.com_Inc. exec-env/AWS_ECS_FARGATE io/sync http/Apache cfg/retry-mode/standard'
export const BROWSER_AGENT =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15'

interface Identity {
  readonly userIdentity: Record<string, unknown>
  readonly sourceIPAddress: string
  readonly userAgent: string
}

export function assumedRole(
  random: Random,
  role: string,
  session: string,
  ip: string,
  userAgent: string,
): Identity {
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

export function iamUser(name: string, ip: string, userAgent: string, accessKeyId?: string): Identity {
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

export const APP = (random: Random) =>
  assumedRole(
    random,
    'payments-app',
    'payments-app-task',
    `10.20.${random.int(1, 3)}.${random.int(10, 200)}`,
    SDK_AGENT,
  )
export const ATTACKER = (random: Random) =>
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

export function record(random: Random, time: number, call: Call): CloudTrailRecord {
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

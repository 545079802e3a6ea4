/**
 * An AWS API call as detection rules see it, read back from the OCSF API Activity fields that
 * ingest-cloudtrail-ocsf sets (OCSF_CONTRACT.md): the service and operation, whether it succeeded, the
 * request and response, who made it and in which account. Fields are read through the untrusted-JSON
 * helpers, so a field of the wrong type reads as absent instead of throwing.
 */
import { asBoolean, asInt, asObject, asString, type JsonObject, path } from '../json/index.ts'
import { iamUserNameOf } from './arn.ts'

/** CloudTrail's userIdentity.type for the OCSF user types that have their own id; the rest keep the name in `type`. */
const IDENTITY_KIND_BY_TYPE_ID: Readonly<Record<number, string>> = {
  0: 'Unknown',
  1: 'IAMUser',
  2: 'Root',
  4: 'AWSService',
}

/** Sign-in events other than ConsoleLogin say how they ended only in responseElements, keyed by their name. */
const SIGN_IN_SERVICE = 'signin.amazonaws.com'

export interface AwsCaller {
  /** CloudTrail's userIdentity.type: Root, IAMUser, AssumedRole, FederatedUser, AWSService... */
  readonly kind: string | undefined
  readonly arn: string | undefined
  readonly name: string | undefined
  /** For an IAM user, the user name its ARN ends with (the userName CloudTrail writes may disagree). */
  readonly iamUserName: string | undefined
  readonly account: string | undefined
  readonly accessKeyId: string | undefined
  /** The role session name of an assumed role (actor.session.uid). */
  readonly sessionName: string | undefined
  readonly isMfa: boolean | undefined
  /** The AWS service that called on the principal's behalf (userIdentity.invokedBy). */
  readonly invokedBy: string | undefined
  /** What identifies the caller across calls: the ARN, else the name, else `unknown`. */
  readonly key: string
}

export interface AwsCall {
  /** CloudTrail's eventSource, e.g. `iam.amazonaws.com`. */
  readonly service: string
  readonly operation: string
  readonly succeeded: boolean
  /** requestParameters, as redacted by the ingester. */
  readonly request: JsonObject | undefined
  /** responseElements, as redacted by the ingester. */
  readonly response: JsonObject | undefined
  readonly caller: AwsCaller
  /** The account whose log it is (recipientAccountId), else the caller's. */
  readonly account: string | undefined
  readonly region: string | undefined
}

function callerOf(event: unknown): AwsCaller {
  const typeId = asInt(path(event, 'actor', 'user', 'type_id'))
  const kind =
    typeId !== undefined && Object.hasOwn(IDENTITY_KIND_BY_TYPE_ID, typeId)
      ? IDENTITY_KIND_BY_TYPE_ID[typeId]
      : asString(path(event, 'actor', 'user', 'type'))
  const arn = asString(path(event, 'actor', 'user', 'uid'))
  const name = asString(path(event, 'actor', 'user', 'name'))
  return {
    kind,
    arn,
    name,
    iamUserName: kind === 'IAMUser' ? (iamUserNameOf(arn) ?? name) : undefined,
    account: asString(path(event, 'actor', 'user', 'account', 'uid')),
    accessKeyId: asString(path(event, 'actor', 'session', 'credential_uid')),
    sessionName: kind === 'AssumedRole' ? asString(path(event, 'actor', 'session', 'uid')) : undefined,
    isMfa: asBoolean(path(event, 'actor', 'session', 'is_mfa')),
    invokedBy: asString(path(event, 'actor', 'app_name')),
    key: arn ?? name ?? 'unknown',
  }
}

function succeededOf(event: unknown, service: string, operation: string): boolean {
  if (asInt(path(event, 'status_id')) === 2) return false
  if (service !== SIGN_IN_SERVICE) return true
  return path(event, 'api', 'response', 'data', operation) !== 'Failure'
}

/**
 * The last event read and its reading. A detector's rules read each event in turn, and the reading is
 * the same each time (events are not changed once parsed), so it is worked out once per event.
 */
let lastEvent: object | undefined
let lastCall: AwsCall | undefined

/** Undefined for anything that is not an AWS API call. */
export function awsCallOf(event: unknown): AwsCall | undefined {
  if (typeof event !== 'object' || event === null) return undefined
  if (event !== lastEvent) {
    lastCall = readAwsCall(event)
    lastEvent = event
  }
  return lastCall
}

function readAwsCall(event: object): AwsCall | undefined {
  if (path(event, 'cloud', 'provider') !== 'AWS') return undefined
  const service = asString(path(event, 'api', 'service', 'name'))
  const operation = asString(path(event, 'api', 'operation'))
  if (service === undefined || operation === undefined) return undefined
  const caller = callerOf(event)
  return {
    service,
    operation,
    succeeded: succeededOf(event, service, operation),
    request: asObject(path(event, 'api', 'request', 'data')),
    response: asObject(path(event, 'api', 'response', 'data')),
    caller,
    account: asString(path(event, 'cloud', 'account', 'uid')) ?? caller.account,
    region: asString(path(event, 'cloud', 'region')),
  }
}

/** A successful call of one of `operations` on `service`, or undefined. */
export function succeededCallOf(
  event: unknown,
  service: string,
  operations: ReadonlySet<string>,
): AwsCall | undefined {
  const call = awsCallOf(event)
  if (call === undefined || !call.succeeded || call.service !== service) return undefined
  return operations.has(call.operation) ? call : undefined
}

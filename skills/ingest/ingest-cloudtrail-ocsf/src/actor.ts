/**
 * Who made a CloudTrail call, from userIdentity: the principal as actor.user (ARN as uid, principal id
 * as uid_alt, its account), the credential behind the call as actor.session (access key, the role or user
 * that issued temporary credentials, when they were issued, whether MFA was used), the external identity
 * provider as actor.idp, and the AWS service that called on the principal's behalf (invokedBy) as
 * actor.app_name, which OCSF 1.8.0 names for it in place of the deprecated actor.invoked_by.
 */
import {
  asBoolean,
  asObject,
  asString,
  compact,
  compactOrOmit,
  type JsonObject,
  path,
} from '#shared/json/index.ts'
import { type Actor, parseEventTime, type Session, type User } from '#shared/ocsf/index.ts'
import { IDENTITY_USER_TYPE, UNKNOWN_USER_TYPE, type UserType } from './mappings/identity-types.ts'

/** A record without a usable userIdentity still has an actor; this one says plainly that it is not known. */
const UNKNOWN_USER: User = { name: 'unknown', ...UNKNOWN_USER_TYPE }

function userTypeOf(type: string | undefined): UserType | undefined {
  if (type === undefined) return undefined
  return IDENTITY_USER_TYPE[type] ?? { type_id: 99, type }
}

/**
 * The name an ARN gives its principal: `Role/Session` for an assumed role (the role alone would merge
 * every session of it), the last path segment for users, `root` for the root user.
 */
export function principalNameOf(arn: string | undefined): string | undefined {
  const parts = arn?.split(':')
  if (parts === undefined || parts.length < 6) return undefined
  const resource = parts.slice(5).join(':')
  if (resource.startsWith('assumed-role/')) return resource.slice('assumed-role/'.length) || undefined
  return resource.split('/').pop() || undefined
}

function userOf(identity: JsonObject): User {
  const type = asString(identity.type)
  const arn = asString(identity.arn)
  const accountUid = asString(identity.accountId)
  // An AWS service acting on its own (AWSService callers, service events) has no principal in the record: it is the caller.
  const name = asString(identity.userName) ?? principalNameOf(arn) ?? asString(identity.invokedBy)
  if (name === undefined && arn === undefined && accountUid === undefined) {
    return { ...UNKNOWN_USER, ...userTypeOf(type) }
  }
  return compact({
    name,
    uid: arn,
    uid_alt: asString(identity.principalId),
    ...userTypeOf(type),
    account: accountUid === undefined ? undefined : { uid: accountUid },
  })
}

/** sessionContext.attributes.creationDate is ISO 8601 basic notation (20131102T010628Z) in AWS's examples, extended in most logs. */
function creationTimeOf(value: unknown): number | undefined {
  const text = asString(value)
  if (text === undefined) return undefined
  const basic = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text)
  if (basic === null) return parseEventTime(text)
  const [, year, month, day, hour, minute, second] = basic
  return parseEventTime(`${year}-${month}-${day}T${hour}:${minute}:${second}Z`)
}

/** Sign-in events say whether MFA was used for this sign-in (MFAUsed); other calls, whether the session was MFA-authenticated. */
function mfaOf(event: JsonObject, identity: JsonObject): boolean | undefined {
  const mfaUsed = asString(path(event, 'additionalEventData', 'MFAUsed'))
  if (mfaUsed === 'Yes') return true
  if (mfaUsed === 'No') return false
  return asBoolean(path(identity, 'sessionContext', 'attributes', 'mfaAuthenticated'))
}

/** The session name of an assumed role, as EKS users carry it too: the last segment of the assumed-role ARN. */
function roleSessionNameOf(identity: JsonObject): string | undefined {
  if (identity.type !== 'AssumedRole') return undefined
  return principalNameOf(asString(identity.arn))?.split('/')[1]
}

function sessionOf(event: JsonObject, identity: JsonObject): Session | undefined {
  return compactOrOmit({
    uid: roleSessionNameOf(identity),
    issuer: asString(path(identity, 'sessionContext', 'sessionIssuer', 'arn')),
    credential_uid: asString(identity.accessKeyId),
    created_time: creationTimeOf(path(identity, 'sessionContext', 'attributes', 'creationDate')),
    is_mfa: mfaOf(event, identity),
  })
}

/** SAML and web identity users name their provider; so do role sessions obtained through web identity federation. */
function idpOf(identity: JsonObject) {
  const name =
    asString(identity.identityProvider) ??
    asString(path(identity, 'sessionContext', 'webIdFederationData', 'federatedProvider'))
  return name === undefined ? undefined : { name }
}

export function actorOf(event: JsonObject): Actor {
  const identity = asObject(event.userIdentity)
  if (identity === undefined) {
    // Console sign-in events can say whether MFA was used even when they name nobody.
    return compact({ user: UNKNOWN_USER, session: sessionOf(event, {}) })
  }
  return compact({
    user: userOf(identity),
    session: sessionOf(event, identity),
    idp: idpOf(identity),
    app_name: asString(identity.invokedBy),
  })
}

/** userIdentity.sessionContext.sourceIdentity: OCSF 1.8.0 has no attribute for it, so it stays in unmapped. */
export function sourceIdentityOf(event: JsonObject): string | undefined {
  return asString(path(event, 'userIdentity', 'sessionContext', 'sourceIdentity'))
}

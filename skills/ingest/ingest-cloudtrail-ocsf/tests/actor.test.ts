/** Who made the call: every userIdentity kind, the session behind it, and records that name nobody. */
import { describe, expect, it } from 'vitest'
import { Actor } from '#shared/ocsf/models.ts'
import { actorOf, principalNameOf, sourceIdentityOf } from '../src/actor.ts'
import { ASSUME_ROLE, CONSOLE_LOGIN, CREATE_ACCESS_KEY } from './sample-records.ts'

function actorOfIdentity(userIdentity: unknown, extra: Record<string, unknown> = {}) {
  const actor = actorOf({ eventName: 'ListBuckets', userIdentity, ...extra })
  expect(Actor.safeParse(actor).success).toBe(true)
  return actor
}

describe('actor.user', () => {
  it.each([
    [
      'Root',
      {
        type: 'Root',
        principalId: '123456789012',
        arn: 'arn:aws:iam::123456789012:root',
        accountId: '123456789012',
      },
      { name: 'root', type_id: 2, type: 'Admin' },
    ],
    [
      'IAMUser',
      CREATE_ACCESS_KEY.userIdentity,
      { name: 'alice', type_id: 1, type: 'User', uid_alt: 'AIDAJ45Q7YFFAREXAMPLE' },
    ],
    [
      'AssumedRole',
      ASSUME_ROLE.userIdentity,
      { name: 'Engineer/alice@example.com', type_id: 99, type: 'AssumedRole' },
    ],
    [
      'FederatedUser',
      {
        type: 'FederatedUser',
        arn: 'arn:aws:sts::123456789012:federated-user/bob',
        accountId: '123456789012',
      },
      { name: 'bob', type_id: 99, type: 'FederatedUser' },
    ],
    [
      'SAMLUser',
      {
        type: 'SAMLUser',
        principalId: 'Q5Gf...:alice',
        userName: 'alice',
        identityProvider: 'Q5GfRmXtxCQEXAMPLE',
      },
      { name: 'alice', type_id: 99, type: 'SAMLUser' },
    ],
    [
      'AWSAccount',
      { type: 'AWSAccount', principalId: 'AIDAEXAMPLE', accountId: '210987654321' },
      { type_id: 99, type: 'AWSAccount', account: { uid: '210987654321' } },
    ],
    [
      'AWSService',
      { type: 'AWSService', invokedBy: 'lambda.amazonaws.com' },
      { name: 'lambda.amazonaws.com', type_id: 4, type: 'Service' },
    ],
    [
      'Unknown',
      { type: 'Unknown', principalId: 'internal-user-id', userName: 'alice@example.com' },
      { name: 'alice@example.com', type_id: 0, type: 'Unknown' },
    ],
  ])('maps %s', (_type, identity, user) => {
    expect(actorOfIdentity(identity).user).toMatchObject(user)
  })

  it('keeps the ARN as uid and the principal id as uid_alt, as OCSF defines them for AWS', () => {
    expect(actorOfIdentity(ASSUME_ROLE.userIdentity).user).toEqual({
      name: 'Engineer/alice@example.com',
      uid: 'arn:aws:sts::123456789012:assumed-role/Engineer/alice@example.com',
      uid_alt: 'AROAIDPPEZS35WEXAMPLE:alice@example.com',
      type_id: 99,
      type: 'AssumedRole',
      account: { uid: '123456789012' },
    })
  })

  it('names an unknown caller plainly when the record has no userIdentity, and does not fail', () => {
    expect(actorOf({ eventName: 'GetAccountPasswordPolicy' })).toEqual({
      user: { name: 'unknown', type_id: 0, type: 'Unknown' },
    })
    expect(actorOfIdentity('not an object').user).toEqual({ name: 'unknown', type_id: 0, type: 'Unknown' })
    expect(actorOfIdentity({ type: 'IAMUser' }).user).toEqual({ name: 'unknown', type_id: 1, type: 'User' })
  })

  it('names the service of a service event, whose identity is only an account and the service', () => {
    const actor = actorOfIdentity({ accountId: '123456789012', invokedBy: 'kms.amazonaws.com' })
    expect(actor).toEqual({
      user: { name: 'kms.amazonaws.com', account: { uid: '123456789012' } },
      app_name: 'kms.amazonaws.com',
    })
  })

  it('puts the AWS service that called on the principal behalf in actor.app_name', () => {
    const actor = actorOfIdentity({ ...ASSUME_ROLE.userIdentity, invokedBy: 'cloudformation.amazonaws.com' })
    expect(actor.app_name).toBe('cloudformation.amazonaws.com')
  })

  it('names the identity provider of federated users', () => {
    expect(
      actorOfIdentity({ type: 'WebIdentityUser', userName: 'u-1', identityProvider: 'accounts.google.com' })
        .idp,
    ).toEqual({
      name: 'accounts.google.com',
    })
  })
})

describe('actor.session', () => {
  it('describes temporary credentials: session name, issuer, key, creation time, MFA', () => {
    expect(actorOfIdentity(ASSUME_ROLE.userIdentity).session).toEqual({
      uid: 'alice@example.com',
      issuer: 'arn:aws:iam::123456789012:role/Engineer',
      credential_uid: 'ASIAIOSFODNN7EXAMPLE',
      created_time: Date.UTC(2026, 2, 2, 8),
      is_mfa: true,
    })
  })

  it('reads the ISO 8601 basic creationDate of AWS documentation examples', () => {
    const identity = {
      ...ASSUME_ROLE.userIdentity,
      sessionContext: { attributes: { creationDate: '20131102T010628Z', mfaAuthenticated: 'false' } },
    }
    expect(actorOfIdentity(identity).session).toMatchObject({
      created_time: Date.UTC(2013, 10, 2, 1, 6, 28),
      is_mfa: false,
    })
  })

  it('takes MFA of a console sign-in from additionalEventData.MFAUsed', () => {
    expect(actorOf(CONSOLE_LOGIN).session).toEqual({ is_mfa: false })
    const withMfa = { ...CONSOLE_LOGIN, additionalEventData: { MFAUsed: 'Yes' } }
    expect(actorOf(withMfa).session).toEqual({ is_mfa: true })
  })

  it('leaves the session out when the record says nothing about one', () => {
    expect(actorOfIdentity({ type: 'IAMUser', userName: 'alice' }).session).toBeUndefined()
  })
})

describe('helpers', () => {
  it.each([
    ['arn:aws:iam::123456789012:user/division/alice', 'alice'],
    ['arn:aws:sts::123456789012:assumed-role/Engineer/alice', 'Engineer/alice'],
    ['arn:aws:iam::123456789012:root', 'root'],
    ['arn:aws:test_arn', undefined],
    [undefined, undefined],
  ])('names the principal of %s', (arn, name) => {
    expect(principalNameOf(arn)).toBe(name)
  })

  it('reads the source identity a role session carries', () => {
    expect(sourceIdentityOf(ASSUME_ROLE)).toBe('alice')
    expect(sourceIdentityOf(CREATE_ACCESS_KEY)).toBeUndefined()
  })
})

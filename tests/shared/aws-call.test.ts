/** shared/aws API calls read back from OCSF API Activity: the caller's kind, success, and hostile field types. */
import { describe, expect, it } from 'vitest'
import { awsCallOf } from '#shared/aws/index.ts'

const CALL = {
  class_uid: 6003,
  time: 1,
  status_id: 1,
  metadata: {},
  cloud: { provider: 'AWS', region: 'eu-west-1', account: { uid: '111122223333' } },
  api: {
    operation: 'CreateAccessKey',
    service: { name: 'iam.amazonaws.com' },
    request: { data: { userName: 'bob' } },
  },
  actor: {
    user: {
      name: 'DevOps/mallory',
      uid: 'arn:aws:sts::111122223333:assumed-role/DevOps/mallory',
      type_id: 99,
      type: 'AssumedRole',
    },
    session: { uid: 'mallory', credential_uid: 'ASIAIOSFODNN7EXAMPLE', is_mfa: false },
  },
}

describe('awsCallOf', () => {
  it('reads the call, its caller and its account', () => {
    expect(awsCallOf(CALL)).toMatchObject({
      service: 'iam.amazonaws.com',
      operation: 'CreateAccessKey',
      succeeded: true,
      request: { userName: 'bob' },
      account: '111122223333',
      caller: {
        kind: 'AssumedRole',
        sessionName: 'mallory',
        iamUserName: undefined,
        isMfa: false,
        key: CALL.actor.user.uid,
      },
    })
  })

  it.each([
    [2, 'Root'],
    [1, 'IAMUser'],
    [4, 'AWSService'],
  ])('names OCSF user type %i by its CloudTrail kind %s', (typeId, kind) => {
    const call = awsCallOf({ ...CALL, actor: { user: { name: 'x', type_id: typeId } } })
    expect(call?.caller.kind).toBe(kind)
  })

  it('takes an IAM user name from its ARN, where the userName field may disagree', () => {
    const user = { name: 'user1', uid: 'arn:aws:iam::111122223333:user/jackson', type_id: 1 }
    expect(awsCallOf({ ...CALL, actor: { user } })?.caller.iamUserName).toBe('jackson')
  })

  it('counts a failed status, and a sign-in event answered Failure, as failed', () => {
    expect(awsCallOf({ ...CALL, status_id: 2 })?.succeeded).toBe(false)
    const signIn = {
      ...CALL,
      api: {
        operation: 'ExternalIdPDirectoryLogin',
        service: { name: 'signin.amazonaws.com' },
        response: { data: { ExternalIdPDirectoryLogin: 'Failure' } },
      },
    }
    expect(awsCallOf(signIn)?.succeeded).toBe(false)
  })

  it('is undefined for other providers and for calls without an operation', () => {
    expect(awsCallOf({ ...CALL, cloud: { provider: 'GCP' } })).toBeUndefined()
    expect(
      awsCallOf({ ...CALL, api: { operation: 42, service: { name: 'iam.amazonaws.com' } } }),
    ).toBeUndefined()
  })

  it('reads fields of the wrong type as absent', () => {
    const call = awsCallOf({ ...CALL, actor: 'x', api: { ...CALL.api, request: { data: ['x'] } } })
    expect(call?.request).toBeUndefined()
    expect(call?.caller.key).toBe('unknown')
  })
})

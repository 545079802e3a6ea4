/** activity_id from the operation name, with CloudTrail's readOnly flag as the stronger signal. */
import { describe, expect, it } from 'vitest'
import { operationActivity } from '../src/operation-activity.ts'

describe('operationActivity', () => {
  it.each([
    ['CreateUser', false, 1],
    ['RunInstances', false, 1],
    ['CopySnapshot', false, 1],
    ['DescribeInstances', true, 2],
    ['GetObject', undefined, 2],
    ['BatchGetSecretValue', true, 2],
    ['PutBucketPolicy', false, 3],
    ['AttachUserPolicy', false, 3],
    ['ModifySnapshotAttribute', false, 3],
    ['StopLogging', false, 3],
    ['DeactivateMFADevice', false, 3],
    ['RemoveUserFromGroup', undefined, 3],
    ['UpdateFunctionConfiguration20150331v2', false, 3],
    ['DeleteTrail', false, 4],
    ['TerminateInstances', undefined, 4],
    ['DeregisterImage', false, 4],
  ] as const)('%s (readOnly %s) is %i', (operation, readOnly, activity) => {
    expect(operationActivity(operation, readOnly)).toBe(activity)
  })

  it.each([
    ['ConsoleLogin', false],
    ['AssumeRole', true],
    ['AssumeRoleWithWebIdentity', undefined],
    ['GetSessionToken', undefined],
    ['GetFederationToken', false],
  ] as const)(
    'sign-in and credential issuance (%s) are Other whatever readOnly says',
    (operation, readOnly) => {
      expect(operationActivity(operation, readOnly)).toBe(99)
    },
  )

  it('trusts readOnly true over the verb', () => {
    expect(operationActivity('Decrypt', true)).toBe(2)
    expect(operationActivity('DetachVolume', true)).toBe(2)
  })

  it('calls a read verb on a call marked as a write Other', () => {
    expect(operationActivity('GetAuthorizationToken', false)).toBe(99)
  })

  it('calls an unknown verb Other rather than guess', () => {
    expect(operationActivity('SendCommand', false)).toBe(99)
    expect(operationActivity('Decrypt', undefined)).toBe(99)
    expect(operationActivity('lowercaseName', undefined)).toBe(99)
  })
})

/** Credentials in request and response data are redacted before anything is emitted. */
import { describe, expect, it } from 'vitest'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { createCloudTrailProcessor } from '../src/cloudtrail-processor.ts'
import { redactSecrets } from '../src/redaction.ts'
import {
  ASSUME_ROLE,
  CREATE_ACCESS_KEY,
  EXAMPLE_SECRET_KEY,
  EXAMPLE_SESSION_TOKEN,
} from './sample-records.ts'

const CREDENTIALS = {
  accessKeyId: 'ASIAI44QH8DHBEXAMPLE',
  secretAccessKey: EXAMPLE_SECRET_KEY,
  sessionToken: EXAMPLE_SESSION_TOKEN,
  expiration: 'Mar 2, 2026, 10:40:00 AM',
}
const REDACTED_CREDENTIALS = {
  accessKeyId: 'ASIAI44QH8DHBEXAMPLE',
  secretAccessKey: '[redacted]',
  sessionToken: '[redacted]',
  expiration: 'Mar 2, 2026, 10:40:00 AM',
}

describe('redactSecrets', () => {
  it.each([
    ['AssumeRole', { credentials: CREDENTIALS }, { credentials: REDACTED_CREDENTIALS }],
    ['GetSessionToken', { credentials: CREDENTIALS }, { credentials: REDACTED_CREDENTIALS }],
    [
      'GetFederationToken',
      { credentials: CREDENTIALS, federatedUser: { arn: 'arn:aws:sts::123456789012:federated-user/bob' } },
      {
        credentials: REDACTED_CREDENTIALS,
        federatedUser: { arn: 'arn:aws:sts::123456789012:federated-user/bob' },
      },
    ],
    [
      'CreateAccessKey',
      { accessKey: { accessKeyId: 'AKIAI44QH8DHBEXAMPLE', SecretAccessKey: EXAMPLE_SECRET_KEY } },
      { accessKey: { accessKeyId: 'AKIAI44QH8DHBEXAMPLE', SecretAccessKey: '[redacted]' } },
    ],
    [
      'CreateLoginProfile',
      { userName: 'bob', password: 'Winter2026!', passwordResetRequired: false },
      { userName: 'bob', password: '[redacted]', passwordResetRequired: false },
    ],
    [
      'ChangePassword',
      { oldPassword: 'Winter2026!', newPassword: 'Spring2026!' },
      { oldPassword: '[redacted]', newPassword: '[redacted]' },
    ],
    [
      'GetPasswordData',
      { instanceId: 'i-0abcd1234efgh5678', passwordData: 'c2VjcmV0IGJsb2I=', timestamp: 'Mar 2, 2026' },
      { instanceId: 'i-0abcd1234efgh5678', passwordData: '[redacted]', timestamp: 'Mar 2, 2026' },
    ],
    [
      'GetSecretValue',
      {
        aRN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf',
        secretString: '{"password":"hunter2"}',
      },
      { aRN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf', secretString: '[redacted]' },
    ],
    [
      'CreateKeyPair',
      {
        keyName: 'ops',
        keyMaterial: '-----BEGIN RSA PRIVATE KEY-----\nMIIEXAMPLE\n-----END RSA PRIVATE KEY-----',
      },
      { keyName: 'ops', keyMaterial: '[redacted]' },
    ],
    [
      'GetRoleCredentials',
      {
        roleCredentials: {
          accessKeyId: 'ASIAI44QH8DHBEXAMPLE',
          secretAccessKey: EXAMPLE_SECRET_KEY,
          sessionToken: EXAMPLE_SESSION_TOKEN,
        },
      },
      {
        roleCredentials: {
          accessKeyId: 'ASIAI44QH8DHBEXAMPLE',
          secretAccessKey: '[redacted]',
          sessionToken: '[redacted]',
        },
      },
    ],
  ])('redacts what %s carries and keeps the rest', (_operation, elements, expected) => {
    expect(redactSecrets(elements)).toEqual(expected)
  })

  it('walks arrays and leaves null and scalars alone', () => {
    expect(redactSecrets([{ items: [{ password: 'x' }] }, null, 3])).toEqual([
      { items: [{ password: '[redacted]' }] },
      null,
      3,
    ])
    expect(redactSecrets({ password: null })).toEqual({ password: null })
    expect(redactSecrets(null)).toBeNull()
  })
})

describe('emitted events', () => {
  it('never carry the secret key or session token of the input', async () => {
    const getSessionToken = {
      ...ASSUME_ROLE,
      eventName: 'GetSessionToken',
      requestParameters: { durationSeconds: 3600 },
      responseElements: { credentials: CREDENTIALS },
    }
    const run = await runProcessor(createCloudTrailProcessor(), [
      CREATE_ACCESS_KEY,
      ASSUME_ROLE,
      getSessionToken,
    ])
    expect(run.events).toHaveLength(3)
    expect(run.text).not.toContain(EXAMPLE_SECRET_KEY)
    expect(run.text).not.toContain(EXAMPLE_SESSION_TOKEN)
    // The key ids stay: detectors follow a key from the call that issued it to the calls that use it.
    expect(run.text).toContain('AKIAI44QH8DHBEXAMPLE')
    expect(run.text).toContain('ASIAI44QH8DHBEXAMPLE')
  })
})

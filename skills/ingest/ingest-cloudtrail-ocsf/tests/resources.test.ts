/** The targets of a call: CloudTrail's resources[], LookupEvents' Resources and the request parameters that name one, each once. */
import { describe, expect, it } from 'vitest'
import { resourcesOf } from '../src/resources.ts'
import { ASSUME_ROLE, CREATE_ACCESS_KEY, STOP_LOGGING_DENIED } from './sample-records.ts'

function call(eventSource: string, requestParameters: unknown, extra: Record<string, unknown> = {}) {
  return { eventName: 'Call', eventSource, requestParameters, ...extra }
}

describe('resourcesOf', () => {
  it.each([
    [
      'an S3 bucket and object',
      call('s3.amazonaws.com', { bucketName: 'payroll', key: 'q1/report.csv' }),
      [
        { type: 'AWS::S3::Bucket', name: 'payroll' },
        { type: 'AWS::S3::Object', name: 'q1/report.csv' },
      ],
    ],
    ['the user an access key is created for', CREATE_ACCESS_KEY, [{ type: 'AWS::IAM::User', name: 'bob' }]],
    [
      'a role by name',
      call('iam.amazonaws.com', {
        roleName: 'Admin',
        policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess',
      }),
      [
        { type: 'AWS::IAM::Role', name: 'Admin' },
        { type: 'AWS::IAM::Policy', uid: 'arn:aws:iam::aws:policy/AdministratorAccess' },
      ],
    ],
    [
      'every instance of an instancesSet',
      call('ec2.amazonaws.com', { instancesSet: { items: [{ instanceId: 'i-1' }, { instanceId: 'i-2' }] } }),
      [
        { type: 'AWS::EC2::Instance', name: 'i-1' },
        { type: 'AWS::EC2::Instance', name: 'i-2' },
      ],
    ],
    [
      'a snapshot being shared',
      call('ec2.amazonaws.com', {
        snapshotId: 'snap-0abc',
        createVolumePermission: { add: { items: [{ userId: '999988887777' }] } },
      }),
      [{ type: 'AWS::EC2::Snapshot', name: 'snap-0abc' }],
    ],
    [
      'a trail named by ARN, which becomes its uid',
      STOP_LOGGING_DENIED,
      [{ type: 'AWS::CloudTrail::Trail', uid: 'arn:aws:cloudtrail:eu-west-1:123456789012:trail/org-trail' }],
    ],
    [
      'the instances an SSM command targets',
      call('ssm.amazonaws.com', { instanceIds: ['i-1', 'i-2'], documentName: 'AWS-RunShellScript' }),
      [
        { type: 'AWS::EC2::Instance', name: 'i-1' },
        { type: 'AWS::EC2::Instance', name: 'i-2' },
      ],
    ],
  ])('finds %s', (_name, event, expected) => {
    expect(resourcesOf(event, [])).toEqual(expected)
  })

  it('reads a key as a trail only in CloudTrail: `name` means other things elsewhere', () => {
    expect(resourcesOf(call('ssm.amazonaws.com', { name: '/prod/db/password' }), [])).toEqual([])
    expect(resourcesOf(call('unknown.amazonaws.com', { bucketName: 'x' }), [])).toEqual([])
  })

  it('keeps CloudTrail resources[] with their owner account, and merges a parameter naming the same role', () => {
    expect(resourcesOf(ASSUME_ROLE, [])).toEqual([
      {
        type: 'AWS::IAM::Role',
        uid: 'arn:aws:iam::210987654321:role/OrganizationAccountAccessRole',
        owner: { account: { uid: '210987654321' } },
      },
    ])
  })

  it('gives an ARN entry the name a parameter states for it, and never builds an ARN from a name', () => {
    const event = call(
      's3.amazonaws.com',
      { bucketName: 'payroll' },
      { resources: [{ type: 'AWS::S3::Bucket', ARN: 'arn:aws:s3:::payroll', accountId: '123456789012' }] },
    )
    expect(resourcesOf(event, [])).toEqual([
      {
        type: 'AWS::S3::Bucket',
        name: 'payroll',
        uid: 'arn:aws:s3:::payroll',
        owner: { account: { uid: '123456789012' } },
      },
    ])
    expect(resourcesOf(call('s3.amazonaws.com', { bucketName: 'payroll' }), [])[0]?.uid).toBeUndefined()
  })

  it('merges the Resources of a LookupEvents result with the parameters', () => {
    const event = call('ec2.amazonaws.com', { instancesSet: { items: [{ instanceId: 'i-1' }] } })
    expect(
      resourcesOf(event, [
        { type: 'AWS::EC2::Instance', name: 'i-1' },
        { type: 'AWS::EC2::Volume', name: 'vol-9' },
      ]),
    ).toEqual([
      { type: 'AWS::EC2::Instance', name: 'i-1' },
      { type: 'AWS::EC2::Volume', name: 'vol-9' },
    ])
  })

  it('treats one ARN as one resource even when the sources name its type differently', () => {
    const event = call('iam.amazonaws.com', { policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' })
    const lookupResources = [
      { type: 'AWS::IAM::ManagedPolicy', name: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
    ]
    expect(resourcesOf(event, lookupResources)).toEqual([
      { type: 'AWS::IAM::ManagedPolicy', uid: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
    ])
  })

  it('ignores parameters of the wrong type and resources without an ARN', () => {
    const event = call(
      's3.amazonaws.com',
      { bucketName: 42, key: ['a'] },
      { resources: [{ type: 'AWS::S3::Bucket' }, 'x'] },
    )
    expect(resourcesOf(event, [])).toEqual([])
  })
})

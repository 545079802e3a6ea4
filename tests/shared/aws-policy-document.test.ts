/** shared/aws policy documents and ARNs: statements read from every form CloudTrail logs, and who a statement lets in. */
import { describe, expect, it } from 'vitest'
import {
  accountOfPrincipal,
  grantsFullAccess,
  iamUserNameOf,
  isPublicStatement,
  isRestrictingCondition,
  policyStatements,
} from '#shared/aws/index.ts'

const PUBLIC_READ = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }],
}

describe('policyStatements', () => {
  it.each([
    ['an object', PUBLIC_READ],
    ['a JSON string', JSON.stringify(PUBLIC_READ)],
    ['a URL-encoded JSON string', encodeURIComponent(JSON.stringify(PUBLIC_READ))],
    ['a single statement object', { Statement: PUBLIC_READ.Statement[0] }],
  ])('reads %s', (_form, document) => {
    expect(policyStatements(document)).toEqual([
      {
        effect: 'Allow',
        awsPrincipals: ['*'],
        actions: ['s3:GetObject'],
        resources: ['arn:aws:s3:::b/*'],
        condition: undefined,
      },
    ])
  })

  it.each([['not json'], ['%7Bbroken'], [42], [null], [{ Statement: 'x' }], ['[1,2]']])(
    'reads nothing from %j',
    (document) => {
      expect(policyStatements(document)).toEqual([])
    },
  )

  it('lists the AWS principals of a statement, but not service or federated ones', () => {
    const [statement] = policyStatements({
      Statement: [
        {
          Effect: 'Allow',
          Principal: {
            AWS: ['111122223333', 'arn:aws:iam::444455556666:root'],
            Service: 'ec2.amazonaws.com',
          },
        },
      ],
    })
    expect(statement?.awsPrincipals).toEqual(['111122223333', 'arn:aws:iam::444455556666:root'])
  })
})

describe('isPublicStatement', () => {
  const statement = (principal: unknown, condition?: unknown) =>
    policyStatements({
      Statement: [{ Effect: 'Allow', Principal: principal, Action: 's3:GetObject', Condition: condition }],
    })[0]

  it.each([
    ['Principal "*"', statement('*')],
    ['Principal {AWS: "*"}', statement({ AWS: '*' })],
    ['a SourceIp covering every address', statement('*', { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } })],
    ['a wildcard organisation id', statement('*', { StringLike: { 'aws:PrincipalOrgID': 'o-*' } })],
    ['a condition that does not scope callers', statement('*', { Bool: { 'aws:SecureTransport': 'true' } })],
    [
      'a key that may be absent (IfExists)',
      statement('*', { StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1' } }),
    ],
    ['a negated operator', statement('*', { StringNotEquals: { 'aws:PrincipalOrgID': 'o-1' } })],
  ])('is public with %s', (_case, value) => {
    if (value === undefined) throw new Error('no statement')
    expect(isPublicStatement(value)).toBe(true)
  })

  it.each([
    ['a fixed organisation id', statement('*', { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3' } })],
    ['a VPC endpoint', statement({ AWS: '*' }, { StringEquals: { 'aws:SourceVpce': 'vpce-1' } })],
    ['an address range', statement('*', { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8'] } })],
    [
      'a source account, any value form',
      statement('*', { 'ForAnyValue:StringEquals': { 'AWS:SourceAccount': ['111122223333'] } }),
    ],
    ['a named principal', statement({ AWS: 'arn:aws:iam::111122223333:root' })],
  ])('is not public with %s', (_case, value) => {
    if (value === undefined) throw new Error('no statement')
    expect(isPublicStatement(value)).toBe(false)
  })

  it('never counts a Deny as public', () => {
    const [deny] = policyStatements({ Statement: [{ Effect: 'Deny', Principal: '*', Action: '*' }] })
    if (deny === undefined) throw new Error('no statement')
    expect(isPublicStatement(deny)).toBe(false)
    expect(isRestrictingCondition(undefined)).toBe(false)
  })
})

describe('grantsFullAccess', () => {
  it.each([
    [{ Effect: 'Allow', Action: '*', Resource: '*' }, true],
    [{ Effect: 'Allow', Action: ['s3:*', 'IAM:*'], Resource: ['*'] }, true],
    [{ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b' }, false],
    [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }, false],
    [{ Effect: 'Deny', Action: '*', Resource: '*' }, false],
  ])('%j: %s', (raw, expected) => {
    const [statement] = policyStatements({ Statement: [raw] })
    if (statement === undefined) throw new Error('no statement')
    expect(grantsFullAccess(statement)).toBe(expected)
  })
})

describe('ARNs', () => {
  it('reads the account of a principal, and of ARNs only when it is an account number', () => {
    expect(accountOfPrincipal('111122223333')).toBe('111122223333')
    expect(accountOfPrincipal('arn:aws:iam::444455556666:role/x')).toBe('444455556666')
    expect(accountOfPrincipal('arn:aws:iam::aws:policy/AdministratorAccess')).toBeUndefined()
    expect(accountOfPrincipal('*')).toBeUndefined()
  })

  it('reads the user name of IAM user ARNs only', () => {
    expect(iamUserNameOf('arn:aws:iam::111122223333:user/division/alice')).toBe('alice')
    expect(iamUserNameOf('arn:aws:sts::111122223333:assumed-role/r/alice')).toBeUndefined()
    expect(iamUserNameOf(undefined)).toBeUndefined()
  })
})

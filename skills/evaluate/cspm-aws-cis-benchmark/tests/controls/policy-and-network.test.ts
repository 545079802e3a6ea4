/** Policy documents (1.16), open administration ports (5.2, 5.3) and the default security group (5.4). */
import { describe, expect, it } from 'vitest'
import { fullAdminStatements } from '../../src/admin-policy.ts'
import { ANY_IPV4, ANY_IPV6, adminPortsOpen } from '../../src/admin-ports.ts'
import { noAdminPortsFromAnyIpv4 } from '../../src/controls/5.2.ts'
import { defaultSecurityGroupClosed } from '../../src/controls/5.4.ts'
import type { IpPermission } from '../../src/snapshot.ts'
import { emptyData, region, subjectOf } from './snapshot-data.ts'

describe('full administrative policies', () => {
  it.each([
    ['one statement object', { Statement: { Effect: 'Allow', Action: '*', Resource: '*' } }, ['statement 1']],
    [
      'lists with a Sid',
      { Statement: [{ Sid: 'All', Effect: 'Allow', Action: ['s3:*', '*'], Resource: ['*'] }] },
      ['All'],
    ],
    ['"*:*"', { Statement: [{ Effect: 'Allow', Action: '*:*', Resource: '*' }] }, ['statement 1']],
    ['a Deny of everything', { Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }] }, []],
    ['a service wildcard', { Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }, []],
    [
      'every action on one resource',
      { Statement: [{ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b/*' }] },
      [],
    ],
    [
      'NotAction, which the benchmark does not count',
      { Statement: [{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }] },
      [],
    ],
    ['no statements', {}, []],
  ])('%s', (_label, document, expected) => {
    expect(fullAdminStatements(document)).toEqual(expected)
  })
})

function rule(
  ipProtocol: string,
  fromPort: number | null,
  toPort: number | null,
  ranges: string[],
): IpPermission {
  return { ipProtocol, fromPort, toPort, ipv4Ranges: ranges, ipv6Ranges: ranges, otherSources: 0 }
}

describe('administration ports open to anywhere', () => {
  it.each([
    ['SSH over TCP', rule('tcp', 22, 22, [ANY_IPV4]), ANY_IPV4, ['port 22/tcp']],
    [
      'a range over both ports, by protocol number',
      rule('6', 20, 4000, [ANY_IPV4]),
      ANY_IPV4,
      ['port 22/tcp', 'port 3389/tcp'],
    ],
    ['RDP over UDP, IPv6', rule('udp', 3389, 3389, [ANY_IPV6]), ANY_IPV6, ['port 3389/udp']],
    ['every protocol', rule('-1', null, null, [ANY_IPV4]), ANY_IPV4, ['all ports (every protocol)']],
    ['every TCP port', rule('tcp', 0, 65535, [ANY_IPV4]), ANY_IPV4, ['all ports/tcp']],
    ['HTTPS only', rule('tcp', 443, 443, [ANY_IPV4]), ANY_IPV4, []],
    ['ICMP', rule('icmp', -1, -1, [ANY_IPV4]), ANY_IPV4, []],
    ['SSH from a private range', rule('tcp', 22, 22, ['10.0.0.0/8']), ANY_IPV4, []],
    ['SSH from anywhere over IPv4, asked about IPv6', rule('tcp', 22, 22, [ANY_IPV4]), ANY_IPV6, []],
  ])('%s', (_label, permission, anywhere, expected) => {
    expect(
      adminPortsOpen(
        permission,
        anywhere,
        anywhere === ANY_IPV4 ? permission.ipv4Ranges : permission.ipv6Ranges,
      ),
    ).toEqual(expected)
  })
})

describe('security group controls', () => {
  const data = emptyData()
  data.regions = [
    region('eu-west-1', {
      securityGroups: [
        { groupId: 'sg-1', groupName: 'default', vpcId: 'vpc-1', ingress: [], egress: [] },
        {
          groupId: 'sg-2',
          groupName: 'default',
          vpcId: 'vpc-2',
          ingress: [{ ...rule('-1', null, null, []), otherSources: 1 }],
          egress: [rule('-1', null, null, [ANY_IPV4])],
        },
        {
          groupId: 'sg-3',
          groupName: 'ssh',
          vpcId: 'vpc-2',
          ingress: [rule('tcp', 22, 22, [ANY_IPV4])],
          egress: [],
        },
      ],
    }),
    region('us-west-2', {
      errors: { securityGroups: 'Amazon EC2 DescribeSecurityGroups: permission denied' },
    }),
  ]

  it('judges each default group on its rules, and a region it could not read as Unknown', () => {
    expect(
      defaultSecurityGroupClosed
        .evaluate(subjectOf(data))
        .map((outcome) => [outcome.resource.uid, outcome.status]),
    ).toEqual([
      ['arn:aws:ec2:eu-west-1:111122223333:security-group/sg-1', 'pass'],
      ['arn:aws:ec2:eu-west-1:111122223333:security-group/sg-2', 'fail'],
      ['arn:aws:iam::111122223333:root/us-west-2', 'unknown'],
    ])
  })

  it('fails the group open to SSH and only it', () => {
    expect(noAdminPortsFromAnyIpv4.evaluate(subjectOf(data)).map((outcome) => outcome.status)).toEqual([
      'pass',
      'pass',
      'fail',
      'unknown',
    ])
  })
})

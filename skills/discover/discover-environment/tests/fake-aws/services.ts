/**
 * The services an inventory reads, each in its wire protocol: IAM and STS (Query: form POSTs, XML results,
 * Marker/IsTruncated pages), EC2 (the EC2 Query variant: <item> lists, nextToken), S3 (REST-XML, path
 * style, ContinuationToken pages), Lambda (REST-JSON, Marker/NextMarker) and SageMaker (JSON 1.1,
 * NextToken). Every list answers two items a page so the SDK's paginators cross page boundaries.
 */
import { AwsFault, el, leaf, pageOf, type Reply, requestId } from '../../../../../tests/helpers/aws-wire.ts'
import type { FakeAccount, FakeRegion } from './fake-account.ts'

export const PAGE_SIZE = 2
const CREATED = '2024-01-01T00:00:00Z'

function queryReply(action: string, namespace: string, result: string): Reply {
  return {
    status: 200,
    contentType: 'text/xml',
    body: `<?xml version="1.0" encoding="UTF-8"?><${action}Response xmlns="${namespace}"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>${requestId()}</RequestId></ResponseMetadata></${action}Response>`,
  }
}

const IAM_NS = 'https://iam.amazonaws.com/doc/2010-05-08/'

function iamList<Item>(
  action: string,
  params: URLSearchParams,
  listName: string,
  items: readonly Item[],
  member: (item: Item) => string,
): Reply {
  const { page, next } = pageOf(items, params.get('Marker') ?? undefined, PAGE_SIZE)
  const tail = `${leaf('IsTruncated', next !== undefined)}${leaf('Marker', next) ?? ''}`
  return queryReply(action, IAM_NS, `${el(listName, ...page.map(member))}${tail}`)
}

export function iamReply(account: FakeAccount, operation: string, params: URLSearchParams): Reply {
  const arn = (kind: string, name: string) => `arn:aws:iam::${account.accountId}:${kind}/${name}`
  switch (operation) {
    case 'ListUsers':
      return iamList(operation, params, 'Users', account.users, (user) =>
        el(
          'member',
          leaf('Path', '/'),
          leaf('UserName', user.name),
          leaf('UserId', `AIDA${user.name.toUpperCase()}`),
          leaf('Arn', arn('user', user.name)),
          leaf('CreateDate', CREATED),
        ),
      )
    case 'ListAccessKeys': {
      const user = account.users.find((candidate) => candidate.name === params.get('UserName'))
      if (user === undefined)
        throw new AwsFault(
          'NoSuchEntity',
          404,
          `The user with name ${params.get('UserName')} cannot be found.`,
        )
      return iamList(operation, params, 'AccessKeyMetadata', user.keys, (key) =>
        el(
          'member',
          leaf('UserName', user.name),
          leaf('AccessKeyId', key.id),
          leaf('Status', key.status),
          leaf('CreateDate', CREATED),
        ),
      )
    }
    case 'ListRoles':
      return iamList(operation, params, 'Roles', account.roles, (role) =>
        el(
          'member',
          leaf('Path', '/'),
          leaf('RoleName', role.name),
          leaf('RoleId', `AROA${role.name.toUpperCase()}`),
          leaf('Arn', arn('role', role.name)),
          leaf('CreateDate', CREATED),
          leaf('AssumeRolePolicyDocument', encodeURIComponent(JSON.stringify(role.trust))),
        ),
      )
    case 'ListInstanceProfiles':
      return iamList(operation, params, 'InstanceProfiles', account.instanceProfiles, (profile) =>
        el(
          'member',
          leaf('InstanceProfileName', profile.name),
          leaf('Arn', arn('instance-profile', profile.name)),
          el(
            'Roles',
            ...profile.roles.map((role) =>
              el('member', leaf('RoleName', role), leaf('Arn', arn('role', role))),
            ),
          ),
        ),
      )
    default:
      throw new AwsFault('InvalidAction', 400, `iam ${operation}`)
  }
}

export function stsReply(account: FakeAccount, operation: string): Reply {
  if (operation !== 'GetCallerIdentity') throw new AwsFault('InvalidAction', 400, `sts ${operation}`)
  return queryReply(
    operation,
    'https://sts.amazonaws.com/doc/2011-06-15/',
    `${leaf('Arn', account.callerArn)}${leaf('UserId', 'AIDAINVENTORYREADER')}${leaf('Account', account.accountId)}`,
  )
}

function ec2List<Item>(
  action: string,
  params: URLSearchParams,
  listName: string,
  items: readonly Item[],
  item: (value: Item) => string,
): Reply {
  const { page, next } = pageOf(items, params.get('NextToken') ?? undefined, PAGE_SIZE)
  return {
    status: 200,
    contentType: 'text/xml',
    body: `<?xml version="1.0" encoding="UTF-8"?><${action}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">${leaf('requestId', requestId())}${el(listName, ...page.map(item))}${leaf('nextToken', next) ?? ''}</${action}Response>`,
  }
}

function ec2Region(account: FakeAccount, region: string): FakeRegion {
  const found = account.regions[region]
  if (found === undefined)
    throw new AwsFault('OptInRequired', 401, `You are not subscribed to this service in ${region}.`)
  return found
}

export function ec2Reply(
  account: FakeAccount,
  region: string,
  operation: string,
  params: URLSearchParams,
): Reply {
  if (operation === 'DescribeRegions')
    return ec2List(operation, new URLSearchParams(), 'regionInfo', Object.keys(account.regions), (name) =>
      el('item', leaf('regionName', name), leaf('optInStatus', 'opt-in-not-required')),
    )
  const data = ec2Region(account, region)
  const arn = (kind: string, id: string) => `arn:aws:ec2:${region}:${account.accountId}:${kind}/${id}`
  switch (operation) {
    case 'DescribeVpcs':
      return ec2List(operation, params, 'vpcSet', data.vpcs, (vpc) =>
        el(
          'item',
          leaf('vpcId', vpc.id),
          leaf('cidrBlock', '10.0.0.0/16'),
          vpc.name === undefined
            ? undefined
            : el('tagSet', el('item', leaf('key', 'Name'), leaf('value', vpc.name))),
        ),
      )
    case 'DescribeSubnets':
      return ec2List(operation, params, 'subnetSet', data.subnets, (subnet) =>
        el(
          'item',
          leaf('subnetId', subnet.id),
          leaf('vpcId', subnet.vpcId),
          leaf('subnetArn', arn('subnet', subnet.id)),
        ),
      )
    case 'DescribeSecurityGroups':
      return ec2List(operation, params, 'securityGroupInfo', data.securityGroups, (group) =>
        el(
          'item',
          leaf('groupId', group.id),
          leaf('groupName', group.name),
          leaf('vpcId', group.vpcId),
          el(
            'ipPermissions',
            ...group.ingress.map((rule) =>
              el(
                'item',
                leaf('ipProtocol', rule.protocol),
                leaf('fromPort', rule.fromPort),
                leaf('toPort', rule.toPort),
                el('ipRanges', ...(rule.ipv4 ?? []).map((cidr) => el('item', leaf('cidrIp', cidr)))),
                el('ipv6Ranges', ...(rule.ipv6 ?? []).map((cidr) => el('item', leaf('cidrIpv6', cidr)))),
              ),
            ),
          ),
        ),
      )
    case 'DescribeInstances':
      return ec2List(operation, params, 'reservationSet', data.instances, (instance) =>
        el(
          'item',
          leaf('reservationId', `r-${instance.id}`),
          el(
            'instancesSet',
            el(
              'item',
              leaf('instanceId', instance.id),
              leaf('subnetId', instance.subnetId),
              leaf('ipAddress', instance.publicIp),
              el('groupSet', ...instance.groups.map((group) => el('item', leaf('groupId', group)))),
              instance.profileArn === undefined
                ? undefined
                : el('iamInstanceProfile', leaf('arn', instance.profileArn)),
              el('metadataOptions', leaf('httpTokens', instance.httpTokens), leaf('httpEndpoint', 'enabled')),
            ),
          ),
        ),
      )
    default:
      throw new AwsFault('InvalidAction', 400, `ec2 ${operation}`)
  }
}

function xml(body: string): Reply {
  return {
    status: 200,
    contentType: 'application/xml',
    body: `<?xml version="1.0" encoding="UTF-8"?>${body}`,
  }
}

/** The S3 operation of a path-style request, named as the SDK names its command. */
export function s3Operation(url: URL): string {
  const bucket = url.pathname.split('/')[1] ?? ''
  if (bucket === '') return 'ListBuckets'
  if (url.searchParams.has('policyStatus')) return 'GetBucketPolicyStatus'
  if (url.searchParams.has('acl')) return 'GetBucketAcl'
  return `GET ${url.pathname}`
}

export function s3Reply(account: FakeAccount, url: URL): Reply {
  const operation = s3Operation(url)
  if (operation === 'ListBuckets') {
    const { page, next } = pageOf(
      account.buckets,
      url.searchParams.get('continuation-token') ?? undefined,
      PAGE_SIZE,
    )
    const buckets = page.map((bucket) =>
      el(
        'Bucket',
        leaf('Name', bucket.name),
        leaf('CreationDate', CREATED),
        leaf('BucketRegion', bucket.region),
      ),
    )
    return xml(
      `<ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${el('Buckets', ...buckets)}${leaf('ContinuationToken', next) ?? ''}</ListAllMyBucketsResult>`,
    )
  }
  const bucket = account.buckets.find((candidate) => candidate.name === url.pathname.split('/')[1])
  if (bucket === undefined) throw new AwsFault('NoSuchBucket', 404, 'The specified bucket does not exist')
  if (operation === 'GetBucketPolicyStatus') {
    if (bucket.policyPublic === undefined)
      throw new AwsFault('NoSuchBucketPolicy', 404, 'The bucket policy does not exist')
    return xml(
      `<PolicyStatus xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${leaf('IsPublic', bucket.policyPublic)}</PolicyStatus>`,
    )
  }
  if (operation === 'GetBucketAcl') {
    const everyone = bucket.aclPublic
      ? el(
          'Grant',
          '<Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="Group"><URI>http://acs.amazonaws.com/groups/global/AllUsers</URI></Grantee>',
          leaf('Permission', 'READ'),
        )
      : undefined
    return xml(
      `<AccessControlPolicy xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${el('Owner', leaf('ID', 'owner-canonical-id'))}${el('AccessControlList', everyone)}</AccessControlPolicy>`,
    )
  }
  throw new AwsFault('NotImplemented', 501, operation)
}

export function lambdaReply(account: FakeAccount, region: string, url: URL): Reply {
  const data = ec2Region(account, region)
  const { page, next } = pageOf(data.functions, url.searchParams.get('Marker') ?? undefined, PAGE_SIZE)
  const functions = page.map((fn) => ({
    FunctionName: fn.name,
    FunctionArn: `arn:aws:lambda:${region}:${account.accountId}:function:${fn.name}`,
    Role: fn.role,
    Runtime: 'nodejs22.x',
    ...(fn.subnets === undefined
      ? {}
      : { VpcConfig: { SubnetIds: fn.subnets, SecurityGroupIds: fn.groups ?? [] } }),
  }))
  return {
    status: 200,
    contentType: 'application/json',
    body: JSON.stringify(
      next === undefined ? { Functions: functions } : { Functions: functions, NextMarker: next },
    ),
  }
}

export function sageMakerReply(
  account: FakeAccount,
  region: string,
  operation: string,
  input: Record<string, unknown>,
): Reply {
  if (operation !== 'ListEndpoints') throw new AwsFault('UnknownOperationException', 400, operation)
  const data = ec2Region(account, region)
  const { page, next } = pageOf(
    data.endpoints,
    typeof input.NextToken === 'string' ? input.NextToken : undefined,
    PAGE_SIZE,
  )
  const endpoints = page.map((name) => ({
    EndpointName: name,
    EndpointArn: `arn:aws:sagemaker:${region}:${account.accountId}:endpoint/${name}`,
    CreationTime: 1704067200,
    LastModifiedTime: 1704067200,
    EndpointStatus: 'InService',
  }))
  return {
    status: 200,
    contentType: 'application/x-amz-json-1.1',
    body: JSON.stringify(
      next === undefined ? { Endpoints: endpoints } : { Endpoints: endpoints, NextToken: next },
    ),
  }
}

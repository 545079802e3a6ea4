/**
 * IAM, STS and SNS (the AWS Query protocol: form-encoded POST with Action and Version, XML answers wrapped in
 * <Action>Response/<Action>Result, Marker/IsTruncated or NextToken pages) and EC2 (the EC2 Query variant:
 * lower-camel elements, <item> lists, nextToken, no Result wrapper).
 */

import { AwsFault, el, leaf, pageOf, type Reply, requestId } from '../../../../../tests/helpers/aws-wire.ts'
import type { FakeAccount, FakePermission } from './fake-account.ts'

export interface QueryContext {
  readonly account: FakeAccount
  readonly region: string
  readonly params: URLSearchParams
  readonly pageSize: number
  /** GenerateCredentialReport calls answered so far, for the STARTED-then-COMPLETE sequence. */
  readonly reportPolls: { count: number }
}

const CREATED = '2020-01-01T00:00:00Z'

function queryReply(action: string, namespace: string, result: string): Reply {
  return {
    status: 200,
    contentType: 'text/xml',
    body: `<?xml version="1.0" encoding="UTF-8"?><${action}Response xmlns="${namespace}"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>${requestId()}</RequestId></ResponseMetadata></${action}Response>`,
  }
}

function iamReply(action: string, result: string): Reply {
  return queryReply(action, 'https://iam.amazonaws.com/doc/2010-05-08/', result)
}

/** IAM's list pages: Marker in, IsTruncated and Marker out. */
function iamPage<Item>(context: QueryContext, items: readonly Item[]) {
  const { page, next } = pageOf(items, context.params.get('Marker') ?? undefined, context.pageSize)
  return { page, tail: `${leaf('IsTruncated', next !== undefined)}${leaf('Marker', next) ?? ''}` }
}

function userElement(account: FakeAccount, name: string): string {
  return el(
    'member',
    leaf('Path', '/'),
    leaf('UserName', name),
    leaf('UserId', `AIDA${name.toUpperCase().padEnd(17, 'X').slice(0, 17)}`),
    leaf('Arn', `arn:aws:iam::${account.accountId}:user/${name}`),
    leaf('CreateDate', CREATED),
  )
}

function findUser(context: QueryContext) {
  const name = context.params.get('UserName')
  const user = context.account.iam.users.find((candidate) => candidate.name === name)
  if (user === undefined)
    throw new AwsFault('NoSuchEntity', 404, `The user with name ${name} cannot be found.`)
  return user
}

export const IAM: Readonly<Record<string, (context: QueryContext) => Reply>> = {
  GetAccountSummary: ({ account }) =>
    iamReply(
      'GetAccountSummary',
      el(
        'SummaryMap',
        ...Object.entries({ Users: account.iam.users.length, ...account.iam.summary }).map(([key, value]) =>
          el('entry', leaf('key', key), leaf('value', value)),
        ),
      ),
    ),
  GetAccountPasswordPolicy: ({ account }) => {
    const policy = account.iam.passwordPolicy
    if (policy === undefined)
      throw new AwsFault(
        'NoSuchEntity',
        404,
        `The Password Policy with domain name ${account.accountId} cannot be found.`,
      )
    return iamReply(
      'GetAccountPasswordPolicy',
      el(
        'PasswordPolicy',
        leaf('MinimumPasswordLength', policy.MinimumPasswordLength),
        leaf('PasswordReusePrevention', policy.PasswordReusePrevention),
        leaf('RequireSymbols', true),
        leaf('AllowUsersToChangePassword', true),
      ),
    )
  },
  GenerateCredentialReport: (context) => {
    context.reportPolls.count += 1
    const state = context.reportPolls.count > context.account.iam.reportPolls ? 'COMPLETE' : 'STARTED'
    return iamReply(
      'GenerateCredentialReport',
      `${leaf('State', state)}${leaf('Description', 'report generation')}`,
    )
  },
  GetCredentialReport: ({ account }) =>
    iamReply(
      'GetCredentialReport',
      `${leaf('Content', Buffer.from(account.iam.credentialReport).toString('base64'))}${leaf('ReportFormat', 'text/csv')}${leaf('GeneratedTime', account.iam.credentialReportGenerated)}`,
    ),
  ListVirtualMFADevices: (context) => {
    const { page, tail } = iamPage(context, context.account.iam.virtualMfaDevices)
    const members = page.map((device) =>
      el(
        'member',
        leaf('SerialNumber', device.serialNumber),
        device.userArn === undefined
          ? undefined
          : el(
              'User',
              leaf('Path', '/'),
              leaf('UserName', 'root'),
              leaf('UserId', context.account.accountId),
              leaf('Arn', device.userArn),
              leaf('CreateDate', CREATED),
            ),
        leaf('EnableDate', CREATED),
      ),
    )
    return iamReply('ListVirtualMFADevices', `${el('VirtualMFADevices', ...members)}${tail}`)
  },
  ListUsers: (context) => {
    const { page, tail } = iamPage(context, context.account.iam.users)
    return iamReply(
      'ListUsers',
      `${el('Users', ...page.map((user) => userElement(context.account, user.name)))}${tail}`,
    )
  },
  ListUserPolicies: (context) => {
    const { page, tail } = iamPage(context, findUser(context).inlinePolicies)
    return iamReply(
      'ListUserPolicies',
      `${el('PolicyNames', ...page.map((name) => leaf('member', name)))}${tail}`,
    )
  },
  ListAttachedUserPolicies: (context) => {
    const { page, tail } = iamPage(context, findUser(context).attachedPolicies)
    const members = page.map((policy) =>
      el('member', leaf('PolicyName', policy.name), leaf('PolicyArn', policy.arn)),
    )
    return iamReply('ListAttachedUserPolicies', `${el('AttachedPolicies', ...members)}${tail}`)
  },
  ListPolicies: (context) => {
    if (context.params.get('OnlyAttached') !== 'true')
      throw new AwsFault('ValidationError', 400, 'expected OnlyAttached=true')
    const { page, tail } = iamPage(context, context.account.iam.attachedPolicies)
    const members = page.map((policy) =>
      el(
        'member',
        leaf('PolicyName', policy.name),
        leaf('PolicyId', `ANPA${policy.name.toUpperCase().padEnd(17, 'X').slice(0, 17)}`),
        leaf('Arn', policy.arn),
        leaf('Path', '/'),
        leaf('DefaultVersionId', policy.defaultVersionId),
        leaf('AttachmentCount', 1),
        leaf('IsAttachable', true),
        leaf('CreateDate', CREATED),
        leaf('UpdateDate', CREATED),
      ),
    )
    return iamReply('ListPolicies', `${el('Policies', ...members)}${tail}`)
  },
  GetPolicyVersion: ({ account, params }) => {
    const policy = account.iam.attachedPolicies.find((candidate) => candidate.arn === params.get('PolicyArn'))
    if (policy === undefined || policy.defaultVersionId !== params.get('VersionId'))
      throw new AwsFault(
        'NoSuchEntity',
        404,
        `Policy ${params.get('PolicyArn')} version ${params.get('VersionId')} does not exist.`,
      )
    return iamReply(
      'GetPolicyVersion',
      el(
        'PolicyVersion',
        leaf('Document', encodeURIComponent(JSON.stringify(policy.document))),
        leaf('VersionId', policy.defaultVersionId),
        leaf('IsDefaultVersion', true),
        leaf('CreateDate', CREATED),
      ),
    )
  },
}

export const STS: Readonly<Record<string, (context: QueryContext) => Reply>> = {
  GetCallerIdentity: ({ account }) =>
    queryReply(
      'GetCallerIdentity',
      'https://sts.amazonaws.com/doc/2011-06-15/',
      `${leaf('Arn', account.callerArn)}${leaf('UserId', 'AIDAAUDITOREXAMPLE01')}${leaf('Account', account.accountId)}`,
    ),
}

export const SNS: Readonly<Record<string, (context: QueryContext) => Reply>> = {
  ListSubscriptionsByTopic: (context) => {
    const topicArn = context.params.get('TopicArn') ?? ''
    const subscriptions = context.account.topics[topicArn]
    if (subscriptions === undefined) throw new AwsFault('NotFound', 404, 'Topic does not exist')
    const { page, next } = pageOf(
      subscriptions,
      context.params.get('NextToken') ?? undefined,
      context.pageSize,
    )
    const members = page.map((arn) =>
      el(
        'member',
        leaf('SubscriptionArn', arn),
        leaf('Owner', context.account.accountId),
        leaf('Protocol', 'email'),
        leaf('Endpoint', 'security@example.com'),
        leaf('TopicArn', topicArn),
      ),
    )
    return queryReply(
      'ListSubscriptionsByTopic',
      'http://sns.amazonaws.com/doc/2010-03-31/',
      `${el('Subscriptions', ...members)}${leaf('NextToken', next) ?? ''}`,
    )
  },
}

function ec2Reply(action: string, body: string): Reply {
  return {
    status: 200,
    contentType: 'text/xml',
    body: `<?xml version="1.0" encoding="UTF-8"?><${action}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">${leaf('requestId', requestId())}${body}</${action}Response>`,
  }
}

function ec2Region(context: QueryContext) {
  const region = context.account.ec2[context.region]
  if (region === undefined)
    throw new AwsFault('OptInRequired', 401, `You are not subscribed to this service in ${context.region}.`)
  return region
}

/** EC2's pages: NextToken in, nextToken out. */
function ec2Page<Item>(context: QueryContext, items: readonly Item[]) {
  const { page, next } = pageOf(items, context.params.get('NextToken') ?? undefined, context.pageSize)
  return { page, tail: leaf('nextToken', next) ?? '' }
}

function permissionElement(permission: FakePermission): string {
  return el(
    'item',
    leaf('ipProtocol', permission.protocol),
    leaf('fromPort', permission.fromPort),
    leaf('toPort', permission.toPort),
    el('groups', ...(permission.groups ?? []).map((group) => el('item', leaf('groupId', group)))),
    el('ipRanges', ...(permission.ipv4 ?? []).map((cidr) => el('item', leaf('cidrIp', cidr)))),
    el('ipv6Ranges', ...(permission.ipv6 ?? []).map((cidr) => el('item', leaf('cidrIpv6', cidr)))),
    el('prefixListIds'),
  )
}

export const EC2: Readonly<Record<string, (context: QueryContext) => Reply>> = {
  DescribeRegions: ({ account, params }) => {
    const all = params.get('AllRegions') === 'true'
    const regions = account.regions.filter((region) => all || region.optInStatus !== 'not-opted-in')
    const items = regions.map((region) =>
      el(
        'item',
        leaf('regionName', region.name),
        leaf('regionEndpoint', `ec2.${region.name}.amazonaws.com`),
        leaf('optInStatus', region.optInStatus),
      ),
    )
    return ec2Reply('DescribeRegions', el('regionInfo', ...items))
  },
  GetEbsEncryptionByDefault: (context) =>
    ec2Reply(
      'GetEbsEncryptionByDefault',
      `${leaf('ebsEncryptionByDefault', ec2Region(context).ebsEncryptionByDefault)}${leaf('sseType', 'sse-ebs')}`,
    ),
  DescribeVpcs: (context) => {
    const { page, tail } = ec2Page(context, ec2Region(context).vpcs)
    const items = page.map((vpc) =>
      el(
        'item',
        leaf('vpcId', vpc.vpcId),
        leaf('state', 'available'),
        leaf('cidrBlock', '10.0.0.0/16'),
        leaf('isDefault', vpc.isDefault),
      ),
    )
    return ec2Reply('DescribeVpcs', `${el('vpcSet', ...items)}${tail}`)
  },
  DescribeFlowLogs: (context) => {
    const { page, tail } = ec2Page(context, ec2Region(context).flowLogs)
    const items = page.map((flowLog) =>
      el(
        'item',
        leaf('flowLogId', flowLog.flowLogId),
        leaf('resourceId', flowLog.resourceId),
        leaf('flowLogStatus', flowLog.status),
        leaf('trafficType', flowLog.trafficType),
        leaf('logDestinationType', 'cloud-watch-logs'),
      ),
    )
    return ec2Reply('DescribeFlowLogs', `${el('flowLogSet', ...items)}${tail}`)
  },
  DescribeSecurityGroups: (context) => {
    const { page, tail } = ec2Page(context, ec2Region(context).securityGroups)
    const items = page.map((group) =>
      el(
        'item',
        leaf('ownerId', context.account.accountId),
        leaf('groupId', group.groupId),
        leaf('groupName', group.groupName),
        leaf('groupDescription', group.groupName),
        leaf('vpcId', group.vpcId),
        el('ipPermissions', ...group.ingress.map(permissionElement)),
        el('ipPermissionsEgress', ...group.egress.map(permissionElement)),
      ),
    )
    return ec2Reply('DescribeSecurityGroups', `${el('securityGroupInfo', ...items)}${tail}`)
  },
}

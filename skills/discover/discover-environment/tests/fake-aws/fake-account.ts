/** What the fake AWS account holds: the identities, buckets and per-region resources an inventory reads. */

export interface FakeIngress {
  readonly protocol: string
  readonly fromPort?: number
  readonly toPort?: number
  readonly ipv4?: readonly string[]
  readonly ipv6?: readonly string[]
}

export interface FakeRegion {
  readonly vpcs: ReadonlyArray<{ id: string; name?: string }>
  readonly subnets: ReadonlyArray<{ id: string; vpcId: string }>
  readonly securityGroups: ReadonlyArray<{
    id: string
    name: string
    vpcId: string
    ingress: readonly FakeIngress[]
  }>
  readonly instances: ReadonlyArray<{
    id: string
    subnetId: string
    groups: readonly string[]
    profileArn?: string
    httpTokens: 'optional' | 'required'
    publicIp?: string
  }>
  readonly functions: ReadonlyArray<{
    name: string
    role: string
    subnets?: readonly string[]
    groups?: readonly string[]
  }>
  readonly endpoints: readonly string[]
}

export interface FakeBucket {
  readonly name: string
  readonly region: string
  /** The bucket policy's verdict; undefined means the bucket has no policy. */
  readonly policyPublic?: boolean
  readonly aclPublic: boolean
}

export interface FakeAccount {
  readonly accountId: string
  readonly callerArn: string
  readonly users: ReadonlyArray<{
    name: string
    keys: ReadonlyArray<{ id: string; status: 'Active' | 'Inactive' }>
  }>
  readonly roles: ReadonlyArray<{ name: string; trust: unknown }>
  readonly instanceProfiles: ReadonlyArray<{ name: string; roles: readonly string[] }>
  readonly buckets: readonly FakeBucket[]
  readonly regions: Readonly<Record<string, FakeRegion>>
}

/** A scripted failure: AccessDenied for every call of one operation (in one region, if given). */
export interface FakeDenial {
  readonly service: string
  readonly operation: string
  readonly region?: string
}

const ACCOUNT = '111122223333'

function trust(principal: unknown) {
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }],
  }
}

/** Enough of everything to cross page boundaries at two items a page. */
export const SAMPLE_ACCOUNT: FakeAccount = {
  accountId: ACCOUNT,
  callerArn: `arn:aws:iam::${ACCOUNT}:user/inventory-reader`,
  users: [
    { name: 'alice', keys: [{ id: 'AKIAI44QH8DHBEXAMPLE', status: 'Inactive' }] },
    { name: 'deploy-bot', keys: [{ id: 'AKIAIOSFODNN7EXAMPLE', status: 'Active' }] },
    { name: 'inventory-reader', keys: [] },
  ],
  roles: [
    { name: 'vendor-audit', trust: trust({ AWS: '999988887777' }) },
    { name: 'web-server', trust: trust({ Service: 'ec2.amazonaws.com' }) },
    { name: 'report-generator', trust: trust({ Service: ['lambda.amazonaws.com'] }) },
    {
      name: 'github-deploy',
      trust: trust({
        Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`,
      }),
    },
    { name: 'break-glass', trust: trust({ AWS: `arn:aws:iam::${ACCOUNT}:user/alice` }) },
  ],
  instanceProfiles: [{ name: 'web-server', roles: ['web-server'] }],
  buckets: [
    { name: 'example-audit-logs', region: 'eu-west-1', policyPublic: false, aclPublic: false },
    { name: 'example-public-assets', region: 'eu-west-1', policyPublic: true, aclPublic: false },
    { name: 'example-shared-acl', region: 'us-east-1', aclPublic: true },
  ],
  regions: {
    'eu-west-1': {
      vpcs: [{ id: 'vpc-0a1b2c3d', name: 'prod' }],
      subnets: [
        { id: 'subnet-0a', vpcId: 'vpc-0a1b2c3d' },
        { id: 'subnet-0b', vpcId: 'vpc-0a1b2c3d' },
        { id: 'subnet-0c', vpcId: 'vpc-0a1b2c3d' },
      ],
      securityGroups: [
        {
          id: 'sg-0web',
          name: 'web',
          vpcId: 'vpc-0a1b2c3d',
          ingress: [
            { protocol: 'tcp', fromPort: 22, toPort: 22, ipv4: ['0.0.0.0/0'] },
            { protocol: 'tcp', fromPort: 443, toPort: 443, ipv4: ['0.0.0.0/0'], ipv6: ['::/0'] },
          ],
        },
        {
          id: 'sg-0db',
          name: 'database',
          vpcId: 'vpc-0a1b2c3d',
          ingress: [{ protocol: 'tcp', fromPort: 5432, toPort: 5432, ipv4: ['10.0.0.0/16'] }],
        },
        {
          id: 'sg-0all',
          name: 'wide-open',
          vpcId: 'vpc-0a1b2c3d',
          ingress: [{ protocol: '-1', ipv4: ['0.0.0.0/0'] }],
        },
      ],
      instances: [
        {
          id: 'i-0web',
          subnetId: 'subnet-0a',
          groups: ['sg-0web'],
          profileArn: `arn:aws:iam::${ACCOUNT}:instance-profile/web-server`,
          httpTokens: 'optional',
          publicIp: '203.0.113.10',
        },
        { id: 'i-0db', subnetId: 'subnet-0b', groups: ['sg-0db'], httpTokens: 'required' },
        { id: 'i-0batch', subnetId: 'subnet-0b', groups: ['sg-0db'], httpTokens: 'required' },
      ],
      functions: [
        {
          name: 'report-generator',
          role: `arn:aws:iam::${ACCOUNT}:role/report-generator`,
          subnets: ['subnet-0b'],
          groups: ['sg-0db'],
        },
        { name: 'thumbnailer', role: `arn:aws:iam::${ACCOUNT}:role/report-generator` },
        { name: 'cleanup', role: `arn:aws:iam::${ACCOUNT}:role/report-generator` },
      ],
      endpoints: ['churn-predictor', 'fraud-scorer', 'ranker'],
    },
    'us-east-1': { vpcs: [], subnets: [], securityGroups: [], instances: [], functions: [], endpoints: [] },
  },
}

/**
 * The organisation of the iam-departures golden scenario (golden/iam-departures/inventory.json), served
 * live by the three loopback servers: an AWS account, an Entra tenant, a GCP project and a Workspace.
 */
import { GoogleLoopbackServer } from './google-server.ts'
import { GraphLoopbackServer } from './graph-server.ts'
import { IamLoopbackServer } from './iam-server.ts'

export const ACCOUNT = '123456789012'
export const SA_EMAIL = 'rgarcia-etl@analytics-prod.iam.gserviceaccount.com'
export const SA_KEY = '1f2e3d4c5b6a79880123456789abcdef01234567'
/** Documented example credentials: the servers check the shape of a signature, never its secret. */
export const AWS_TEST_CREDENTIALS = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
}

export interface World {
  readonly iam: IamLoopbackServer
  readonly graph: GraphLoopbackServer
  readonly google: GoogleLoopbackServer
  readonly iamUrl: string
  readonly graphUrl: string
  readonly googleUrl: string
  stop(): Promise<void>
}

export async function startWorld(): Promise<World> {
  const iam = new IamLoopbackServer()
  iam.addUser(ACCOUNT, {
    UserName: 'jdoe',
    CreateDate: '2021-03-02T09:00:00Z',
    PasswordLastUsed: '2024-05-08T08:00:00Z',
    Tags: { email: 'jdoe@example.com', team: 'payments' },
    accessKeys: [
      {
        AccessKeyId: 'AKIAIOSFODNN7EXAMPLE',
        Status: 'Active',
        CreateDate: '2023-01-10T00:00:00Z',
        LastUsedDate: '2024-05-09T17:42:00Z',
      },
      { AccessKeyId: 'AKIAI44QH8DHBEXAMPLE', Status: 'Inactive', CreateDate: '2021-03-02T09:00:00Z' },
    ],
    loginProfile: true,
    groups: ['payments-developers'],
    managedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
    inlinePolicies: ['s3-payments-exports'],
    mfaDevices: [`arn:aws:iam::${ACCOUNT}:mfa/jdoe`],
    sshPublicKeys: ['APKAEIBAERJR2EXAMPLE'],
    serviceSpecificCredentials: ['ACCAQFODXMPL4YFHP7DZE'],
  })
  iam.addUser(ACCOUNT, {
    UserName: 'mlee',
    CreateDate: '2024-02-05T10:00:00Z',
    Tags: { email: 'mlee@example.com' },
    loginProfile: true,
  })
  iam.addUser(ACCOUNT, {
    UserName: 'asmith',
    CreateDate: '2022-06-01T00:00:00Z',
    Tags: { email: 'asmith@example.com' },
    loginProfile: true,
  })
  iam.addUser(ACCOUNT, {
    UserName: 'ci-deployer',
    CreateDate: '2020-01-01T00:00:00Z',
    Tags: { team: 'platform' },
  })

  const graph = new GraphLoopbackServer()
  graph.addUser({
    id: '6e7b768e-07e2-4810-8459-485f84f8f204',
    userPrincipalName: 'mlee@example.com',
    mail: 'mlee@example.com',
    employeeId: 'E1004',
    accountEnabled: true,
    createdDateTime: '2019-08-12T08:30:00Z',
    lastSignInDateTime: '2023-01-12T16:05:00Z',
    groups: [{ id: '02bd9fd6-8f93-4758-87c3-1fb73740a315', displayName: 'Data Engineering' }],
    appRoleAssignments: [
      {
        id: 'jPNS_cE4lk6NUpmzA6bF4gVZmHRs0lZGgTHw7OtzJ5E',
        principalId: '6e7b768e-07e2-4810-8459-485f84f8f204',
      },
      { id: 'inherited-through-a-group', principalId: '02bd9fd6-8f93-4758-87c3-1fb73740a315' },
    ],
  })
  graph.addUser({
    id: '9d2f4a1c-3b7e-4c8d-a1f0-5e6b7c8d9e0f',
    userPrincipalName: 'break-glass-admin@example.com',
    mail: 'break-glass-admin@example.com',
    accountEnabled: true,
    createdDateTime: '2020-01-01T00:00:00Z',
  })
  graph.addUser({
    id: '4c1f2e3d-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
    userPrincipalName: 'dkim@example.com',
    mail: 'dkim@example.com',
    accountEnabled: true,
    createdDateTime: '2018-04-01T00:00:00Z',
    directoryRoles: ['Global Administrator'],
  })

  const google = new GoogleLoopbackServer()
  google.addServiceAccount({
    email: SA_EMAIL,
    projectId: 'analytics-prod',
    disabled: false,
    keys: [{ id: SA_KEY, validAfterTime: '2024-01-15T12:00:00Z' }],
  })
  google.addWorkspaceUser({
    id: '118234567890123456789',
    primaryEmail: 'rgarcia@example.com',
    suspended: false,
    creationTime: '2020-09-01T00:00:00.000Z',
    lastLoginTime: '2024-05-19T08:00:00.000Z',
    customerId: 'C03az79cb',
    externalIds: [{ type: 'organization', value: 'E1007' }],
  })
  google.setPolicy('analytics-prod', [
    { role: 'roles/bigquery.dataEditor', members: [`serviceAccount:${SA_EMAIL}`] },
    {
      role: 'roles/storage.objectViewer',
      members: [`serviceAccount:${SA_EMAIL}`, 'group:analysts@example.com'],
    },
    { role: 'roles/viewer', members: ['user:rgarcia@example.com', 'user:owner@example.com'] },
  ])

  const [iamUrl, graphUrl, googleUrl] = await Promise.all([iam.start(), graph.start(), google.start()])
  return {
    iam,
    graph,
    google,
    iamUrl,
    graphUrl,
    googleUrl,
    async stop() {
      await Promise.all([iam.stop(), graph.stop(), google.stop()])
    },
  }
}

/** The tenant the golden scenario's Entra identities live in. */
export const ENTRA_TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47'

/**
 * The environment a built script reaches the world with: the IAM endpoint, the documented example
 * credentials, and bearer tokens for Graph and Google; `extra` adds endpoints (SQS, STS).
 */
export function worldEnvironment(world: World, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    AWS_ENDPOINT_URL_IAM: world.iamUrl,
    AWS_ACCESS_KEY_ID: AWS_TEST_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: AWS_TEST_CREDENTIALS.secretAccessKey,
    AWS_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
    GRAPH_ACCESS_TOKEN: 'test-token',
    GOOGLE_OAUTH_ACCESS_TOKEN: 'test-token',
    ...extra,
  }
}

/** The options that point a built script's Entra, GCP and Workspace calls at the world's servers. */
export function worldApiOptions(world: World): string[] {
  return [
    '--graph-url',
    world.graphUrl,
    '--entra-tenant',
    ENTRA_TENANT,
    '--google-endpoint',
    `iam=${world.googleUrl}`,
    '--google-endpoint',
    `cloudresourcemanager=${world.googleUrl}`,
    '--google-endpoint',
    `admin=${world.googleUrl}`,
    '--gcp-project',
    'analytics-prod',
  ]
}

/** The projects the loopback Google serves: one meeting every check, one failing every check. */
import type { FakeProject } from './server.ts'

/** When the tests collect: key ages are counted from here. */
export const COLLECTED_AT = Date.UTC(2026, 2, 2, 12)

function key(account: string, project: string, id: string, validAfterTime: string, disabled = false) {
  return {
    name: `projects/${project}/serviceAccounts/${account}/keys/${id}`,
    validAfterTime,
    validBeforeTime: '9999-12-31T23:59:59Z',
    keyAlgorithm: 'KEY_ALG_RSA_2048',
    keyOrigin: 'GOOGLE_PROVIDED',
    keyType: 'USER_MANAGED',
    ...(disabled ? { disabled: true } : {}),
  }
}

function bucket(name: string, location: string, uniform: boolean, prevention: string, bindings: unknown[]) {
  return {
    resource: {
      kind: 'storage#bucket',
      id: name,
      name,
      location,
      storageClass: 'STANDARD',
      iamConfiguration: {
        uniformBucketLevelAccess: uniform
          ? { enabled: true, lockedTime: '2026-05-31T00:00:00Z' }
          : { enabled: false },
        publicAccessPrevention: prevention,
      },
    },
    policy: { bindings },
  }
}

function firewall(
  project: string,
  name: string,
  sourceRanges: string[],
  allowed: unknown[],
  extra: Record<string, unknown> = {},
) {
  return {
    kind: 'compute#firewall',
    name,
    network: `https://www.googleapis.com/compute/v1/projects/${project}/global/networks/default`,
    direction: 'INGRESS',
    priority: 1000,
    sourceRanges,
    allowed,
    disabled: false,
    ...extra,
  }
}

const FULL_LOGGING = {
  enable: true,
  aggregationInterval: 'INTERVAL_5_SEC',
  flowSampling: 1,
  metadata: 'INCLUDE_ALL_METADATA',
}

function subnet(
  project: string,
  region: string,
  name: string,
  range: string,
  extra: Record<string, unknown>,
) {
  return {
    kind: 'compute#subnetwork',
    name,
    region: `https://www.googleapis.com/compute/v1/projects/${project}/regions/${region}`,
    network: `https://www.googleapis.com/compute/v1/projects/${project}/global/networks/default`,
    ipCidrRange: range,
    ...extra,
  }
}

export function compliantProject(): FakeProject {
  const p = 'acme-prod-123'
  return {
    projectId: p,
    policy: {
      bindings: [
        { role: 'roles/owner', members: ['user:alice@acme.example', 'group:platform-admins@acme.example'] },
        // The default Compute Engine account keeps Editor: section 4 of the benchmark covers it, not 1.5.
        {
          role: 'roles/editor',
          members: ['serviceAccount:123456789012-compute@developer.gserviceaccount.com'],
        },
        { role: 'roles/storage.objectViewer', members: [`serviceAccount:app@${p}.iam.gserviceaccount.com`] },
        {
          role: 'roles/bigquery.dataEditor',
          members: [`serviceAccount:etl@${p}.iam.gserviceaccount.com`],
          condition: { title: 'business-hours', expression: 'request.time.getHours("Europe/Paris") < 19' },
        },
      ],
    },
    serviceAccounts: [
      { email: `app@${p}.iam.gserviceaccount.com`, uniqueId: '104000000000000000001', keys: [] },
      { email: `etl@${p}.iam.gserviceaccount.com`, uniqueId: '104000000000000000002', keys: [] },
      {
        email: '123456789012-compute@developer.gserviceaccount.com',
        uniqueId: '104000000000000000003',
        keys: [],
      },
    ],
    buckets: [
      bucket('acme-prod-logs', 'EU', true, 'enforced', []),
      bucket('acme-prod-data', 'EUROPE-WEST1', true, 'inherited', [
        { role: 'roles/storage.legacyBucketOwner', members: [`projectOwner:${p}`] },
        { role: 'roles/storage.objectViewer', members: [`serviceAccount:app@${p}.iam.gserviceaccount.com`] },
      ]),
      bucket('acme-prod-exports', 'US-CENTRAL1', true, 'inherited', [
        { role: 'roles/storage.legacyBucketReader', members: [`projectViewer:${p}`] },
      ]),
    ],
    firewalls: [
      firewall(p, 'allow-ssh-from-iap', ['35.235.240.0/20'], [{ IPProtocol: 'tcp', ports: ['22', '3389'] }]),
      firewall(p, 'allow-internal', ['10.128.0.0/9'], [{ IPProtocol: 'all' }], { priority: 65534 }),
      firewall(p, 'allow-https', ['0.0.0.0/0'], [{ IPProtocol: 'tcp', ports: ['443'] }]),
      firewall(p, 'deny-egress-smtp', [], [], {
        direction: 'EGRESS',
        destinationRanges: ['0.0.0.0/0'],
        denied: [{ IPProtocol: 'tcp', ports: ['25'] }],
      }),
    ],
    subnetworks: {
      'regions/us-central1': {
        subnetworks: [
          subnet(p, 'us-central1', 'default', '10.128.0.0/20', {
            purpose: 'PRIVATE',
            logConfig: FULL_LOGGING,
            enableFlowLogs: true,
          }),
        ],
      },
      'regions/europe-west1': {
        subnetworks: [
          subnet(p, 'europe-west1', 'app-eu', '10.132.0.0/20', {
            logConfig: { ...FULL_LOGGING, filterExpr: 'true' },
            enableFlowLogs: true,
          }),
          subnet(p, 'europe-west1', 'proxy-only-eu', '10.129.0.0/23', {
            purpose: 'REGIONAL_MANAGED_PROXY',
            role: 'ACTIVE',
          }),
        ],
      },
      'regions/asia-east1': {
        warning: {
          code: 'NO_RESULTS_ON_PAGE',
          message: 'There are no results for scope regions/asia-east1 on this page.',
        },
      },
    },
  }
}

export function noncompliantProject(): FakeProject {
  const p = 'acme-dev-456'
  const deployer = `deployer@${p}.iam.gserviceaccount.com`
  const builder = `builder@${p}.iam.gserviceaccount.com`
  return {
    projectId: p,
    policy: {
      bindings: [
        { role: 'roles/owner', members: ['user:bob.personal@gmail.com', `serviceAccount:${deployer}`] },
        {
          role: 'roles/storage.objectViewer',
          members: ['user:carol@googlemail.com', 'user:dave@acme.example'],
        },
        {
          role: 'roles/iam.serviceAccountAdmin',
          members: ['serviceAccount:ci@acme-tools-789.iam.gserviceaccount.com'],
        },
        { role: 'roles/editor', members: [`serviceAccount:${builder}`] },
        { role: 'roles/viewer', members: [`serviceAccount:reporter@${p}.iam.gserviceaccount.com`] },
      ],
    },
    serviceAccounts: [
      {
        email: deployer,
        uniqueId: '105000000000000000001',
        keys: [
          key(deployer, p, '1f2e3d4c5b6a79880000000000000001', '2025-08-14T12:00:00Z'),
          key(deployer, p, '1f2e3d4c5b6a79880000000000000002', '2026-02-20T12:00:00Z', true),
        ],
      },
      {
        email: builder,
        uniqueId: '105000000000000000002',
        keys: [key(builder, p, '2a3b4c5d6e7f80910000000000000003', '2025-11-27T11:00:00Z')],
      },
      { email: `reporter@${p}.iam.gserviceaccount.com`, uniqueId: '105000000000000000003', keys: [] },
    ],
    buckets: [
      bucket('acme-dev-public-site', 'US', false, 'inherited', [
        { role: 'roles/storage.objectViewer', members: ['allUsers'] },
      ]),
      bucket('acme-dev-shared', 'US-EAST1', true, 'inherited', [
        { role: 'roles/storage.objectViewer', members: ['allAuthenticatedUsers', `projectViewer:${p}`] },
      ]),
      bucket('acme-dev-scratch', 'US-EAST1', false, 'unspecified', []),
    ],
    firewalls: [
      firewall(p, 'default-allow-ssh', ['0.0.0.0/0'], [{ IPProtocol: 'tcp', ports: ['22'] }], {
        priority: 65534,
      }),
      firewall(p, 'default-allow-rdp', ['0.0.0.0/0'], [{ IPProtocol: 'tcp', ports: ['3389'] }], {
        priority: 65534,
      }),
      firewall(p, 'allow-everything', ['0.0.0.0/0', '::/0'], [{ IPProtocol: 'all' }]),
      firewall(
        p,
        'allow-high-ports',
        ['0.0.0.0/0'],
        [{ IPProtocol: 'udp' }, { IPProtocol: 'tcp', ports: ['1024-65535'] }],
      ),
      firewall(p, 'old-ssh-rule', ['0.0.0.0/0'], [{ IPProtocol: 'tcp', ports: ['22'] }], { disabled: true }),
    ],
    subnetworks: {
      'regions/us-central1': {
        subnetworks: [
          subnet(p, 'us-central1', 'default', '10.128.0.0/20', { purpose: 'PRIVATE' }),
          subnet(p, 'us-central1', 'sampled', '10.10.0.0/24', {
            enableFlowLogs: true,
            logConfig: {
              enable: true,
              aggregationInterval: 'INTERVAL_10_MIN',
              flowSampling: 0.5,
              metadata: 'EXCLUDE_ALL_METADATA',
            },
          }),
        ],
      },
      'regions/us-east1': {
        subnetworks: [
          subnet(p, 'us-east1', 'filtered', '10.142.0.0/20', {
            enableFlowLogs: true,
            logConfig: { ...FULL_LOGGING, filterExpr: "inIpRange(connection.src_ip, '10.0.0.0/8')" },
          }),
          subnet(p, 'us-east1', 'logged', '10.142.16.0/20', {
            enableFlowLogs: true,
            logConfig: FULL_LOGGING,
          }),
        ],
      },
    },
  }
}

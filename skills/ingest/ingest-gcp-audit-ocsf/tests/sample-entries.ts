/**
 * Cloud Audit Logs entries as the Logging API returns them (LogEntry JSON), one per behaviour the tests
 * and the detectors downstream care about. Projects, principals and addresses are example values.
 */

const LOG_NAME = 'projects/example-prod-123/logs/cloudaudit.googleapis.com%2Factivity'

/** A user creates a key for a service account; the response carries the key file, which must not survive. */
export const CREATE_SERVICE_ACCOUNT_KEY = {
  insertId: 'k3y7abc1d2e3',
  logName: LOG_NAME,
  timestamp: '2026-03-02T09:15:04.215736Z',
  receiveTimestamp: '2026-03-02T09:15:05.049286Z',
  severity: 'NOTICE',
  resource: {
    type: 'service_account',
    labels: {
      project_id: 'example-prod-123',
      email_id: 'deployer@example-prod-123.iam.gserviceaccount.com',
      unique_id: '104839572611930284756',
    },
  },
  protoPayload: {
    '@type': 'type.googleapis.com/google.cloud.audit.AuditLog',
    status: {},
    authenticationInfo: {
      principalEmail: 'mallory@example.com',
      principalSubject: 'user:mallory@example.com',
    },
    requestMetadata: {
      callerIp: '203.0.113.77',
      callerSuppliedUserAgent:
        'google-cloud-sdk gcloud/467.0.0 command/gcloud.iam.service-accounts.keys.create',
      requestAttributes: { time: '2026-03-02T09:15:04.230219Z', auth: {} },
      destinationAttributes: {},
    },
    serviceName: 'iam.googleapis.com',
    methodName: 'google.iam.admin.v1.CreateServiceAccountKey',
    authorizationInfo: [
      {
        resource: 'projects/-/serviceAccounts/104839572611930284756',
        permission: 'iam.serviceAccountKeys.create',
        granted: true,
        resourceAttributes: {},
      },
    ],
    resourceName: 'projects/-/serviceAccounts/104839572611930284756',
    request: {
      '@type': 'type.googleapis.com/google.iam.admin.v1.CreateServiceAccountKeyRequest',
      name: 'projects/-/serviceAccounts/deployer@example-prod-123.iam.gserviceaccount.com',
      private_key_type: 2,
    },
    response: {
      '@type': 'type.googleapis.com/google.iam.admin.v1.ServiceAccountKey',
      name: 'projects/example-prod-123/serviceAccounts/deployer@example-prod-123.iam.gserviceaccount.com/keys/0a1b2c3d4e5f60718293a4b5c6d7e8f901234567',
      privateKeyData: 'ZXhhbXBsZS1rZXktZmlsZS1ub3QtYS1yZWFsLWtleQ==',
      private_key_type: 2,
      key_algorithm: 2,
      valid_after_time: { seconds: 1772442904 },
    },
  },
}

/** A service account, impersonated by a user through a chain, mints an access token for another one. */
export const GENERATE_ACCESS_TOKEN = {
  insertId: '1f2g3h4i5j6k',
  logName: 'projects/example-prod-123/logs/cloudaudit.googleapis.com%2Fdata_access',
  timestamp: '2026-03-02T09:20:11.004512Z',
  receiveTimestamp: '2026-03-02T09:20:11.733001Z',
  severity: 'INFO',
  resource: {
    type: 'service_account',
    labels: { project_id: 'example-prod-123', email_id: 'admin-sa@example-prod-123.iam.gserviceaccount.com' },
  },
  protoPayload: {
    '@type': 'type.googleapis.com/google.cloud.audit.AuditLog',
    status: {},
    authenticationInfo: {
      principalEmail: 'build-sa@example-prod-123.iam.gserviceaccount.com',
      serviceAccountDelegationInfo: [
        { firstPartyPrincipal: { principalEmail: 'mallory@example.com' } },
        { firstPartyPrincipal: { principalEmail: 'relay-sa@example-prod-123.iam.gserviceaccount.com' } },
      ],
      principalSubject: 'serviceAccount:build-sa@example-prod-123.iam.gserviceaccount.com',
    },
    requestMetadata: {
      callerIp: '203.0.113.77',
      callerSuppliedUserAgent: 'google-api-go-client/0.5 gcloud/467.0.0',
      requestAttributes: { time: '2026-03-02T09:20:11.001234Z', auth: {} },
      destinationAttributes: {},
    },
    serviceName: 'iamcredentials.googleapis.com',
    methodName: 'GenerateAccessToken',
    authorizationInfo: [
      {
        permission: 'iam.serviceAccounts.getAccessToken',
        granted: true,
        resourceAttributes: {},
        resource: 'projects/-/serviceAccounts/112233445566778899001',
      },
    ],
    resourceName: 'projects/-/serviceAccounts/112233445566778899001',
    request: {
      '@type': 'type.googleapis.com/google.iam.credentials.v1.GenerateAccessTokenRequest',
      name: 'projects/-/serviceAccounts/admin-sa@example-prod-123.iam.gserviceaccount.com',
      scope: ['https://www.googleapis.com/auth/cloud-platform'],
    },
    response: {
      '@type': 'type.googleapis.com/google.iam.credentials.v1.GenerateAccessTokenResponse',
      accessToken: 'ya29.example-access-token-not-real',
      expireTime: '2026-03-02T10:20:11Z',
    },
  },
}

/** An owner binding granted to an outside account; serviceData says exactly what changed. */
export const SET_IAM_POLICY_OWNER = {
  insertId: '-q2w3e4r5t6y',
  logName: LOG_NAME,
  timestamp: '2026-03-02T09:31:40.118000Z',
  receiveTimestamp: '2026-03-02T09:31:40.907000Z',
  severity: 'NOTICE',
  resource: { type: 'project', labels: { project_id: 'example-prod-123' } },
  protoPayload: {
    '@type': 'type.googleapis.com/google.cloud.audit.AuditLog',
    status: {},
    authenticationInfo: { principalEmail: 'mallory@example.com' },
    requestMetadata: {
      callerIp: '203.0.113.77',
      callerSuppliedUserAgent:
        'google-cloud-sdk gcloud/467.0.0 command/gcloud.projects.add-iam-policy-binding',
      requestAttributes: {},
      destinationAttributes: {},
    },
    serviceName: 'cloudresourcemanager.googleapis.com',
    methodName: 'SetIamPolicy',
    authorizationInfo: [
      {
        resource: 'projects/example-prod-123',
        permission: 'resourcemanager.projects.setIamPolicy',
        granted: true,
        resourceAttributes: {},
      },
    ],
    resourceName: 'projects/example-prod-123',
    serviceData: {
      '@type': 'type.googleapis.com/google.iam.v1.logging.AuditData',
      policyDelta: {
        bindingDeltas: [{ action: 'ADD', role: 'roles/owner', member: 'user:outsider@example.net' }],
      },
    },
    request: {
      resource: 'example-prod-123',
      policy: {
        bindings: [{ role: 'roles/owner', members: ['user:admin@example.com', 'user:outsider@example.net'] }],
        etag: 'BwYQ3rT9a1c=',
      },
      '@type': 'type.googleapis.com/google.iam.v1.SetIamPolicyRequest',
    },
    response: {
      bindings: [{ role: 'roles/owner', members: ['user:admin@example.com', 'user:outsider@example.net'] }],
      etag: 'BwYQ3s0Y8bQ=',
      '@type': 'type.googleapis.com/google.iam.v1.Policy',
    },
  },
}

/** A denied attempt to delete the project's log sink. */
export const DELETE_SINK_DENIED = {
  insertId: 'z9y8x7w6v5u4',
  logName: LOG_NAME,
  timestamp: '2026-03-02T09:40:02.500000Z',
  severity: 'ERROR',
  resource: { type: 'logging_sink', labels: { project_id: 'example-prod-123', name: 'siem-export' } },
  protoPayload: {
    '@type': 'type.googleapis.com/google.cloud.audit.AuditLog',
    status: { code: 7, message: 'Permission denied.' },
    authenticationInfo: { principalEmail: 'build-sa@example-prod-123.iam.gserviceaccount.com' },
    requestMetadata: { callerIp: 'gce-internal-ip', callerSuppliedUserAgent: 'grpc-go/1.62.0' },
    serviceName: 'logging.googleapis.com',
    methodName: 'google.logging.v2.ConfigServiceV2.DeleteSink',
    authorizationInfo: [
      {
        resource: 'projects/example-prod-123/sinks/siem-export',
        permission: 'logging.sinks.delete',
        granted: false,
      },
    ],
    resourceName: 'projects/example-prod-123/sinks/siem-export',
    request: {
      '@type': 'type.googleapis.com/google.logging.v2.DeleteSinkRequest',
      sinkName: 'projects/example-prod-123/sinks/siem-export',
    },
  },
}

/** A GKE exec into a pod: the Kubernetes API server's own audit event, as GKE writes it to Cloud Audit Logs. */
export const GKE_POD_EXEC = {
  insertId: 'a9f1e2d3-6b7c-4d8e-9f00-1a2b3c4d5e6f',
  logName: LOG_NAME,
  timestamp: '2026-03-02T09:45:12.660000Z',
  severity: 'NOTICE',
  resource: {
    type: 'k8s_cluster',
    labels: { project_id: 'example-prod-123', location: 'europe-west1', cluster_name: 'payments' },
  },
  operation: { id: 'a9f1e2d3-6b7c-4d8e-9f00-1a2b3c4d5e6f', producer: 'k8s.io', first: true, last: true },
  protoPayload: {
    '@type': 'type.googleapis.com/google.cloud.audit.AuditLog',
    authenticationInfo: { principalEmail: 'mallory@example.com' },
    authorizationInfo: [
      {
        granted: true,
        permission: 'io.k8s.core.v1.pods.exec.create',
        resource: 'core/v1/namespaces/payments/pods/api-7d9f/exec',
      },
    ],
    methodName: 'io.k8s.core.v1.pods.exec.create',
    requestMetadata: { callerIp: '203.0.113.77', callerSuppliedUserAgent: 'kubectl/v1.30.2 (linux/amd64)' },
    resourceName: 'core/v1/namespaces/payments/pods/api-7d9f/exec',
    serviceName: 'k8s.io',
    status: { code: 0 },
  },
}

/** A Cloud Run request log in the same export: a LogEntry, but not an audit log. */
export const REQUEST_LOG = {
  insertId: '65e4b0c2000a1b2c3d4e5f60',
  logName: 'projects/example-prod-123/logs/run.googleapis.com%2Frequests',
  timestamp: '2026-03-02T09:50:00.000000Z',
  severity: 'INFO',
  resource: { type: 'cloud_run_revision', labels: { project_id: 'example-prod-123', service_name: 'api' } },
  httpRequest: { requestMethod: 'GET', requestUrl: 'https://api.example.com/healthz', status: 200 },
  textPayload: 'GET /healthz 200',
}

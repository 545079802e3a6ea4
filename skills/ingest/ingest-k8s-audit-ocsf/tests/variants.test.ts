/** Every form the audit log arrives in becomes the same API Activity event. */
import { describe, expect, it } from 'vitest'
import type { ApiActivity } from '#shared/ocsf/index.ts'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { zodProblems } from '../../../../tests/helpers/validators.ts'
import { createK8sAuditProcessor } from '../src/k8s-audit-processor.ts'

const EXEC_EVENT = {
  kind: 'Event',
  apiVersion: 'audit.k8s.io/v1',
  level: 'Metadata',
  auditID: '0b4c7b0e-6a0f-4f51-9d7e-2c1f3f8f1a11',
  stage: 'ResponseStarted',
  requestURI: '/api/v1/namespaces/payments/pods/api-1/exec?command=sh&stdin=true',
  verb: 'create',
  user: { username: 'alice@example.com', groups: ['oidc:sre', 'system:authenticated'] },
  sourceIPs: ['203.0.113.45', '10.0.0.2'],
  userAgent: 'kubectl/v1.30.2',
  objectRef: {
    resource: 'pods',
    namespace: 'payments',
    name: 'api-1',
    apiVersion: 'v1',
    subresource: 'exec',
  },
  responseStatus: { code: 101 },
  requestReceivedTimestamp: '2026-03-02T09:31:12.660000Z',
  stageTimestamp: '2026-03-02T09:31:12.701000Z',
  annotations: { 'authorization.k8s.io/decision': 'allow', 'authorization.k8s.io/reason': 'RBAC: allowed' },
}

async function ingest(records: unknown[]) {
  const run = await runProcessor(createK8sAuditProcessor(), records)
  expect(zodProblems(run.events)).toEqual([])
  return { ...run, events: run.events as ApiActivity[] }
}

function expectExecEvent(event: ApiActivity | undefined) {
  expect(event).toMatchObject({
    class_uid: 6003,
    activity_id: 1,
    type_uid: 600301,
    time: Date.UTC(2026, 2, 2, 9, 31, 12, 660),
    actor: { user: { name: 'alice@example.com', type_id: 1 } },
    api: { operation: 'create', service: { name: 'k8s.io' } },
    resources: [
      {
        type: 'pods/exec',
        namespace: 'payments',
        name: 'api-1',
        uid: '/api/v1/namespaces/payments/pods/api-1/exec',
      },
    ],
    status_id: 1,
  })
}

describe('source forms', () => {
  it('reads the kube-apiserver log backend', async () => {
    const { events } = await ingest([EXEC_EVENT])
    expectExecEvent(events[0])
    expect(events[0]?.src_endpoint).toEqual({ ip: '203.0.113.45', intermediate_ips: ['10.0.0.2'] })
    expect(events[0]?.http_request).toMatchObject({ user_agent: 'kubectl/v1.30.2', http_method: 'POST' })
    expect(events[0]?.metadata.original_event_uid).toBe(EXEC_EVENT.auditID)
    expect(events[0]?.cloud).toBeUndefined()
  })

  it('reads an audit EventList', async () => {
    const { events } = await ingest([
      { kind: 'EventList', apiVersion: 'audit.k8s.io/v1', items: [EXEC_EVENT] },
    ])
    expect(events).toHaveLength(1)
    expectExecEvent(events[0])
  })

  it('reads EKS events from a CloudWatch Logs subscription payload', async () => {
    const payload = {
      messageType: 'DATA_MESSAGE',
      owner: '111122223333',
      logGroup: '/aws/eks/prod-eu/cluster',
      logStream: 'kube-apiserver-audit-0a1b2c',
      logEvents: [{ id: '1', timestamp: 1772443872660, message: JSON.stringify(EXEC_EVENT) }],
    }
    const { events } = await ingest([payload])
    expectExecEvent(events[0])
    expect(events[0]?.cloud).toEqual({ provider: 'AWS', account: { uid: '111122223333' } })
    expect(events[0]?.metadata.log_name).toBe('prod-eu')
    expect(events[0]?.metadata.profiles).toEqual(['cloud'])
  })

  it('reads AKS diagnostic records inside an Event Hub batch', async () => {
    const record = {
      category: 'kube-audit',
      operationName: 'Microsoft.ContainerService/managedClusters/diagnosticLogs/Read',
      resourceId:
        '/subscriptions/00000000-1111-2222-3333-444444444444/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks-prod',
      time: '2026-03-02T09:31:13.000Z',
      properties: { log: JSON.stringify(EXEC_EVENT), pod: 'kube-apiserver-1' },
    }
    const { events } = await ingest([{ records: [record] }])
    expectExecEvent(events[0])
    expect(events[0]?.cloud).toEqual({
      provider: 'Azure',
      account: { uid: '00000000-1111-2222-3333-444444444444' },
    })
    expect(events[0]?.metadata.log_name).toBe('aks-prod')
  })

  it('reads GKE Cloud Audit Logs entries and drops other services', async () => {
    const entry = {
      insertId: 'f1a2b3c4',
      logName: 'projects/shop/logs/cloudaudit.googleapis.com%2Factivity',
      protoPayload: {
        '@type': 'type.googleapis.com/google.cloud.audit.AuditLog',
        serviceName: 'k8s.io',
        methodName: 'io.k8s.authorization.rbac.v1.clusterrolebindings.create',
        resourceName: 'rbac.authorization.k8s.io/v1/clusterrolebindings/bob-admin',
        authenticationInfo: { principalEmail: 'bob@example.com' },
        requestMetadata: { callerIp: '198.51.100.23', callerSuppliedUserAgent: 'kubectl/v1.30.2' },
        request: { kind: 'ClusterRoleBinding', roleRef: { kind: 'ClusterRole', name: 'cluster-admin' } },
        status: {},
      },
      resource: {
        type: 'k8s_cluster',
        labels: { project_id: 'shop', location: 'europe-west1', cluster_name: 'gke-prod' },
      },
      timestamp: '2026-03-02T09:52:37.402Z',
    }
    const other = {
      ...entry,
      insertId: 'x',
      protoPayload: { ...entry.protoPayload, serviceName: 'storage.googleapis.com' },
    }
    const { events, reporter } = await ingest([entry, other])
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({
      activity_id: 1,
      actor: { user: { name: 'bob@example.com' } },
      resources: [
        { type: 'clusterrolebindings', name: 'bob-admin', data: { roleRef: { name: 'cluster-admin' } } },
      ],
      api: { group: { name: 'rbac.authorization.k8s.io' } },
      cloud: { provider: 'GCP', region: 'europe-west1', account: { uid: 'shop' } },
      metadata: { original_event_uid: 'f1a2b3c4' },
    })
    expect(reporter.dropped.get('Cloud Audit Logs entry of another service')).toBe(1)
  })

  it('classifies service accounts, system components and anonymous users', async () => {
    const as = (username: string) => ({ ...EXEC_EVENT, auditID: username, user: { username } })
    const { events } = await ingest([
      as('system:serviceaccount:ci:runner'),
      as('system:node:ip-10-0-1-2'),
      as('system:anonymous'),
    ])
    expect(events.map((event) => event.actor.user?.type_id)).toEqual([4, 3, 99])
  })

  it('redacts Secret values in request objects but keeps their keys', async () => {
    const create = {
      ...EXEC_EVENT,
      stage: 'ResponseComplete',
      verb: 'create',
      objectRef: { resource: 'secrets', namespace: 'payments', apiVersion: 'v1' },
      requestObject: { kind: 'Secret', data: { password: 'aHVudGVyMg==' }, stringData: { token: 'plain' } },
    }
    const { events, text } = await ingest([create])
    expect(events[0]?.resources?.[0]?.data).toEqual({
      kind: 'Secret',
      data: { password: '[redacted]' },
      stringData: { token: '[redacted]' },
    })
    expect(text).not.toContain('aHVudGVyMg==')
  })

  it('keeps JSON Patch bodies as their list of operations, with Secret values redacted', async () => {
    const patch = (resource: string, operations: unknown[]) => ({
      ...EXEC_EVENT,
      auditID: resource,
      stage: 'ResponseComplete',
      verb: 'patch',
      objectRef: { resource, namespace: 'payments', name: 'x', apiVersion: 'v1' },
      requestObject: operations,
    })
    const privileged = [{ op: 'add', path: '/spec/containers/0/securityContext/privileged', value: true }]
    const secret = [
      { op: 'replace', path: '/data', value: { password: 'aHVudGVyMg==' } },
      { op: 'remove', path: '/data/old' },
    ]
    const { events, text } = await ingest([patch('pods', privileged), patch('secrets', secret)])
    expect(events[0]?.resources?.[0]?.data).toEqual(privileged)
    expect(events[1]?.resources?.[0]?.data).toEqual([
      { op: 'replace', path: '/data', value: '[redacted]' },
      { op: 'remove', path: '/data/old' },
    ])
    expect(text).not.toContain('aHVudGVyMg==')
  })
})

/**
 * The field map of OCSF_CONTRACT.md for Cloud Audit Logs, entry by entry: what each detector downstream
 * decides from (principal, delegation chain, permission checks, request and response, status, project and
 * location) is in an OCSF attribute, and no credential survives.
 */
import { describe, expect, it } from 'vitest'
import type { ApiActivity } from '#shared/ocsf/index.ts'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { zodProblems } from '../../../../tests/helpers/validators.ts'
import { createGcpAuditProcessor } from '../src/gcp-audit-processor.ts'
import {
  CREATE_SERVICE_ACCOUNT_KEY,
  DELETE_SINK_DENIED,
  GENERATE_ACCESS_TOKEN,
  GKE_POD_EXEC,
  SET_IAM_POLICY_OWNER,
} from './sample-entries.ts'

async function ingest(entry: unknown): Promise<ApiActivity> {
  const run = await runProcessor(createGcpAuditProcessor(), [entry])
  expect(zodProblems(run.events)).toEqual([])
  expect(run.events).toHaveLength(1)
  return run.events[0] as ApiActivity
}

describe('a service-account key created', () => {
  it('is a Create by the user, with the request and the response minus the key file', async () => {
    const event = await ingest(CREATE_SERVICE_ACCOUNT_KEY)
    expect(event).toMatchObject({
      class_uid: 6003,
      activity_id: 1,
      type_uid: 600301,
      time: Date.UTC(2026, 2, 2, 9, 15, 4, 215),
      status_id: 1,
      actor: {
        user: {
          name: 'mallory@example.com',
          uid: 'user:mallory@example.com',
          email_addr: 'mallory@example.com',
          type_id: 1,
        },
        authorizations: [
          { decision: 'allow', policy: { name: 'iam.serviceAccountKeys.create', type: 'IAM permission' } },
        ],
      },
      api: {
        operation: 'google.iam.admin.v1.CreateServiceAccountKey',
        service: { name: 'iam.googleapis.com' },
        request: { uid: 'k3y7abc1d2e3', data: { private_key_type: 2 } },
      },
      src_endpoint: { ip: '203.0.113.77' },
      http_request: { user_agent: expect.stringContaining('gcloud/467.0.0') },
      resources: [{ uid: 'projects/-/serviceAccounts/104839572611930284756', type: 'service_account' }],
      cloud: { provider: 'GCP', account: { uid: 'example-prod-123', type_id: 11 } },
      metadata: {
        profiles: ['cloud'],
        original_event_uid: 'k3y7abc1d2e3',
        log_name: 'projects/example-prod-123/logs/cloudaudit.googleapis.com%2Factivity',
        log_level: 'NOTICE',
        log_provider: 'Google Cloud Audit Logs',
      },
    })
    const response = event.api.response?.data as Record<string, unknown>
    expect(response.privateKeyData).toBe('[redacted]')
    expect(response.name).toMatch(/keys\/0a1b2c3d4e5f60718293a4b5c6d7e8f901234567$/)
    expect(JSON.stringify(event)).not.toContain('ZXhhbXBsZS1rZXktZmlsZS')
  })
})

describe('an access token generated through a delegation chain', () => {
  it('names the service account as the user and the principal at the start of the chain as the issuer', async () => {
    const event = await ingest(GENERATE_ACCESS_TOKEN)
    expect(event.activity_id).toBe(99)
    expect(event.actor.user).toMatchObject({
      name: 'build-sa@example-prod-123.iam.gserviceaccount.com',
      type_id: 4,
    })
    expect(event.actor.session).toEqual({ issuer: 'mallory@example.com' })
    expect(event.unmapped?.service_account_delegation).toEqual([
      'mallory@example.com',
      'relay-sa@example-prod-123.iam.gserviceaccount.com',
    ])
    expect(event.api.response?.data).toMatchObject({ accessToken: '[redacted]' })
    expect(JSON.stringify(event)).not.toContain('ya29.')
  })
})

describe('an IAM policy set', () => {
  it('is an Update whose resource data carries the binding deltas and whose request carries the new policy', async () => {
    const event = await ingest(SET_IAM_POLICY_OWNER)
    expect(event.activity_id).toBe(3)
    expect(event.resources?.[0]?.data).toEqual({
      service_data: SET_IAM_POLICY_OWNER.protoPayload.serviceData,
    })
    expect(event.api.request?.data).toEqual(SET_IAM_POLICY_OWNER.protoPayload.request)
    expect(event.api.response?.data).toEqual(SET_IAM_POLICY_OWNER.protoPayload.response)
    expect(event.cloud).toEqual({
      provider: 'GCP',
      account: { uid: 'example-prod-123', type_id: 11, type: 'GCP Project' },
    })
  })
})

describe('a denied sink deletion', () => {
  it('is a failed Delete with the rpc code, its name and message, and a forbidding authorization', async () => {
    const event = await ingest(DELETE_SINK_DENIED)
    expect(event).toMatchObject({
      activity_id: 4,
      status_id: 2,
      status: 'Failure',
      status_code: '7',
      status_detail: 'Permission denied.',
      api: { response: { code: 7, error: 'PERMISSION_DENIED', message: 'Permission denied.' } },
      actor: { authorizations: [{ decision: 'forbid', policy: { name: 'logging.sinks.delete' } }] },
      // Google withholds internal caller addresses: the word stays, as a name.
      src_endpoint: { name: 'gce-internal-ip' },
    })
    expect(event.message).toBe(
      'build-sa@example-prod-123.iam.gserviceaccount.com google.logging.v2.ConfigServiceV2.DeleteSink projects/example-prod-123/sinks/siem-export (PERMISSION_DENIED)',
    )
  })
})

describe('a GKE audit entry', () => {
  it('is emitted too, with the namespace, the cluster location and the operation id for correlation', async () => {
    const event = await ingest(GKE_POD_EXEC)
    expect(event).toMatchObject({
      activity_id: 1,
      api: {
        operation: 'io.k8s.core.v1.pods.exec.create',
        service: { name: 'k8s.io' },
        response: { code: 0 },
      },
      resources: [
        {
          uid: 'core/v1/namespaces/payments/pods/api-7d9f/exec',
          name: 'api-7d9f',
          namespace: 'payments',
          type: 'k8s_cluster',
        },
      ],
      cloud: { provider: 'GCP', region: 'europe-west1' },
      metadata: { correlation_uid: 'a9f1e2d3-6b7c-4d8e-9f00-1a2b3c4d5e6f' },
    })
  })
})

describe('principals and places', () => {
  const base = SET_IAM_POLICY_OWNER.protoPayload
  it.each([
    ['a GKE service account', 'system:serviceaccount:ci:deployer', 4, undefined],
    ['a Kubernetes node', 'system:node:gke-pool-1', 3, undefined],
    ['a mistyped address', 'user@@example.com', 1, undefined],
    [
      'a workforce identity',
      '//iam.googleapis.com/locations/global/workforcePools/staff/subject/ana@example.com',
      1,
      undefined,
    ],
    [
      'a Google service agent',
      'service-123@gcp-sa-logging.iam.gserviceaccount.com',
      4,
      'service-123@gcp-sa-logging.iam.gserviceaccount.com',
    ],
  ])('types %s', async (_, principal, typeId, email) => {
    const event = await ingest({
      ...SET_IAM_POLICY_OWNER,
      protoPayload: { ...base, authenticationInfo: { principalEmail: principal } },
    })
    expect(event.actor.user?.type_id).toBe(typeId)
    expect(event.actor.user?.email_addr).toBe(email)
  })

  it('names an anonymous caller unknown', async () => {
    const event = await ingest({ ...SET_IAM_POLICY_OWNER, protoPayload: { ...base, authenticationInfo: {} } })
    expect(event.actor.user).toEqual({ name: 'unknown' })
  })

  it('takes the region from a zone, and an organization log to the organization', async () => {
    const event = await ingest({
      ...SET_IAM_POLICY_OWNER,
      logName: 'organizations/888888888888/logs/cloudaudit.googleapis.com%2Factivity',
      resource: { type: 'gce_instance', labels: { zone: 'us-central1-f' } },
    })
    expect(event.cloud).toEqual({
      provider: 'GCP',
      region: 'us-central1',
      zone: 'us-central1-f',
      org: { uid: '888888888888' },
    })
  })

  it('uses the request id the service gives, and the event uid only for a request without any id', async () => {
    const withId = await ingest({
      ...SET_IAM_POLICY_OWNER,
      protoPayload: {
        ...base,
        requestMetadata: {
          requestAttributes: { id: 'req-42', method: 'POST', path: '/v1/projects/p:setIamPolicy' },
        },
      },
    })
    expect(withId.api.request?.uid).toBe('req-42')
    expect(withId.http_request).toMatchObject({
      uid: 'req-42',
      http_method: 'POST',
      url: { path: '/v1/projects/p:setIamPolicy' },
    })
    const { insertId, ...withoutInsertId } = SET_IAM_POLICY_OWNER
    const anonymous = await ingest(withoutInsertId)
    expect(anonymous.api.request?.uid).toBe(anonymous.metadata.uid)
    const { request, ...auditLogWithoutRequest } = base
    const bare = await ingest({ ...withoutInsertId, protoPayload: auditLogWithoutRequest })
    expect(bare.api.request).toBeUndefined()
  })
})

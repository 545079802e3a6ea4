/** shared/gcp: Google Cloud API calls and IAM policy changes read back from OCSF API Activity, hostile field types included. */
import { describe, expect, it } from 'vitest'
import {
  auditConfigDeltasOf,
  bindingDeltasOf,
  gcpCallOf,
  parseMember,
  requestedBindingsOf,
  succeededGcpCallOf,
} from '#shared/gcp/index.ts'

const SERVICE_DATA = {
  '@type': 'type.googleapis.com/google.iam.v1.logging.AuditData',
  policyDelta: {
    bindingDeltas: [
      { action: 'ADD', role: 'roles/owner', member: 'user:bob@example.com' },
      { action: 'REMOVE', role: 'roles/viewer', member: 'group:team@example.com' },
      { action: 'CHANGE', role: 'roles/editor', member: 'user:x@example.com' },
      { action: 'ADD', role: 7, member: 'user:y@example.com' },
    ],
    auditConfigDeltas: [
      { action: 'REMOVE', service: 'storage.googleapis.com', logType: 'DATA_READ' },
      { action: 'ADD', service: 'allServices', logType: 'DATA_WRITE', exemptedMember: 'user:m@example.com' },
      { action: 'REMOVE' },
    ],
  },
}

const CALL = {
  class_uid: 6003,
  time: 1,
  status_id: 1,
  metadata: {},
  cloud: { provider: 'GCP', account: { uid: 'example-prod-123' } },
  api: {
    operation: 'SetIamPolicy',
    service: { name: 'cloudresourcemanager.googleapis.com' },
    request: {
      data: { policy: { bindings: [{ role: 'roles/owner', members: ['user:bob@example.com', 3] }] } },
    },
  },
  actor: {
    user: { name: 'ci@example-prod-123.iam.gserviceaccount.com', type_id: 4 },
    session: { issuer: 'alice@example.com' },
    authorizations: [{ decision: 'allow', policy: { name: 'resourcemanager.projects.setIamPolicy' } }],
  },
  resources: [
    {
      uid: 'projects/example-prod-123',
      name: 'example-prod-123',
      type: 'project',
      data: { service_data: SERVICE_DATA },
    },
  ],
}

describe('gcpCallOf', () => {
  it('reads the call, its verb, caller, resource and scope', () => {
    expect(gcpCallOf(CALL)).toMatchObject({
      service: 'cloudresourcemanager.googleapis.com',
      method: 'SetIamPolicy',
      verb: 'setiampolicy',
      succeeded: true,
      scope: 'example-prod-123',
      caller: {
        name: 'ci@example-prod-123.iam.gserviceaccount.com',
        email: 'ci@example-prod-123.iam.gserviceaccount.com',
        isServiceAccount: true,
        delegatedBy: 'alice@example.com',
        label: 'ci@example-prod-123.iam.gserviceaccount.com (on behalf of alice@example.com)',
      },
      resource: { uid: 'projects/example-prod-123', type: 'project', serviceData: SERVICE_DATA },
    })
  })

  it('takes the last segment of a method, lower-cased, as its verb', () => {
    const call = gcpCallOf({ ...CALL, api: { ...CALL.api, operation: 'google.iam.admin.v1.SetIAMPolicy' } })
    expect(call?.verb).toBe('setiampolicy')
  })

  it('reads a failed status, or a permission the authorizer refused, as not succeeded', () => {
    expect(gcpCallOf({ ...CALL, status_id: 2 })?.succeeded).toBe(false)
    const refused = { ...CALL, actor: { ...CALL.actor, authorizations: [{ decision: 'forbid' }] } }
    expect(gcpCallOf(refused)?.succeeded).toBe(false)
    expect(
      succeededGcpCallOf(refused, 'cloudresourcemanager.googleapis.com', new Set(['setiampolicy'])),
    ).toBe(undefined)
  })

  it('is undefined for other clouds, for GKE Kubernetes calls and for hostile shapes', () => {
    expect(gcpCallOf({ ...CALL, cloud: { provider: 'AWS' } })).toBeUndefined()
    expect(
      gcpCallOf({ ...CALL, api: { operation: 'io.k8s.core.v1.pods.create', service: { name: 'k8s.io' } } }),
    ).toBe(undefined)
    expect(gcpCallOf({ ...CALL, api: { operation: 42, service: { name: [] } } })).toBeUndefined()
    expect(gcpCallOf({ ...CALL, actor: 'nobody', resources: 'none' })).toMatchObject({
      caller: { name: 'unknown', isServiceAccount: false },
      resource: { uid: undefined },
    })
  })
})

describe('IAM policy changes', () => {
  it('keeps the well-formed ADD and REMOVE binding deltas', () => {
    expect(bindingDeltasOf(SERVICE_DATA)).toEqual([
      { action: 'ADD', role: 'roles/owner', member: 'user:bob@example.com' },
      { action: 'REMOVE', role: 'roles/viewer', member: 'group:team@example.com' },
    ])
    expect(bindingDeltasOf(undefined)).toBeUndefined()
    expect(bindingDeltasOf({ policyDelta: {} })).toBeUndefined()
  })

  it('reads audit config deltas, exemptions included', () => {
    expect(auditConfigDeltasOf(SERVICE_DATA)).toEqual([
      {
        action: 'REMOVE',
        service: 'storage.googleapis.com',
        logType: 'DATA_READ',
        exemptedMember: undefined,
      },
      { action: 'ADD', service: 'allServices', logType: 'DATA_WRITE', exemptedMember: 'user:m@example.com' },
    ])
  })

  it('reads the bindings of a requested policy as additions', () => {
    expect(requestedBindingsOf(CALL.api.request.data)).toEqual([
      { action: 'ADD', role: 'roles/owner', member: 'user:bob@example.com' },
    ])
    expect(requestedBindingsOf({ policy: 'owner' })).toEqual([])
  })

  it.each([
    ['allUsers', 'public', undefined],
    ['allAuthenticatedUsers', 'public', undefined],
    ['user:Bob@Example.com', 'user', 'example.com'],
    ['group:team@partner.example.net', 'group', 'partner.example.net'],
    [
      'serviceAccount:ci@example-prod-123.iam.gserviceaccount.com',
      'serviceAccount',
      'example-prod-123.iam.gserviceaccount.com',
    ],
    ['domain:Example.org', 'domain', 'example.org'],
    ['deleted:user:old@example.com?uid=123456', 'user', 'example.com'],
    ['principalSet://iam.googleapis.com/locations/global/workforcePools/staff/*', 'federated', undefined],
    ['carol@example.com', 'user', 'example.com'],
    ['projectOwner:example-prod-123', 'other', undefined],
  ])('reads member %s as %s of %s', (text, kind, domain) => {
    expect(parseMember(text)).toEqual({ kind, text, domain })
  })
})

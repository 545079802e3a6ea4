/**
 * The field map of OCSF_CONTRACT.md for the Activity Log: what each detector downstream decides from
 * (caller, operation, resource, result, the logged request body, the RBAC evidence) is in an OCSF
 * attribute, whichever form the event came in, and no secret survives.
 */
import { describe, expect, it } from 'vitest'
import type { ApiActivity } from '#shared/ocsf/index.ts'
import { runProcessor } from '../../../../tests/helpers/in-process.ts'
import { zodProblems } from '../../../../tests/helpers/validators.ts'
import { createAzureActivityProcessor } from '../src/azure-activity-processor.ts'
import { ROLE_ASSIGNMENT_RECORD } from './diagnostic-records.ts'
import {
  DIAGNOSTIC_SETTING_DELETE,
  KEY_VAULT_SECRET_WRITE,
  NSG_RULE_OPEN_RDP,
  OWNER_ROLE,
  ROLE_ASSIGNMENT_WRITE,
  RUN_COMMAND_DENIED,
  SUBSCRIPTION_ID,
  TENANT_ID,
} from './sample-events.ts'

async function ingest(event: unknown): Promise<ApiActivity> {
  const run = await runProcessor(createAzureActivityProcessor(), [event])
  expect(zodProblems(run.events)).toEqual([])
  expect(run.events).toHaveLength(1)
  return run.events[0] as ApiActivity
}

describe('a role assignment written', () => {
  it('is a Create (201) by the user, with the parsed request body and the caller token', async () => {
    const event = await ingest(ROLE_ASSIGNMENT_WRITE)
    expect(event).toMatchObject({
      class_uid: 6003,
      activity_id: 1,
      type_uid: 600301,
      time: Date.UTC(2026, 2, 2, 9, 15, 4, 215),
      status_id: 1,
      status: 'Success',
      status_code: 'Created',
      actor: {
        user: {
          name: 'mallory@contoso.com',
          uid: 'f409edeb-4d29-44b5-9763-ee9348ad91bb',
          display_name: 'Mallory Example',
          type_id: 1,
        },
        session: {
          uid: 'IdP3SUJGtkGlt7dDQVRPAA',
          issuer: `https://sts.windows.net/${TENANT_ID}/`,
          is_mfa: true,
        },
        app_uid: 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c',
        authorizations: [
          { policy: { name: 'Microsoft.Authorization/roleAssignments/write', type: 'Azure RBAC' } },
        ],
      },
      api: {
        operation: 'Microsoft.Authorization/roleAssignments/write',
        service: { name: 'Microsoft.Authorization' },
        request: { uid: '7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d' },
        response: { code: 201 },
      },
      src_endpoint: { ip: '203.0.113.77' },
      http_request: { http_method: 'PUT', uid: '2f6e7c8d-9a0b-4c1d-8e2f-3a4b5c6d7e8f' },
      resources: [
        { name: 'b7f3c1de-0d41-4a4e-9c33-6f1de3c2a8b1', type: 'Microsoft.Authorization/roleAssignments' },
      ],
      cloud: {
        provider: 'Azure',
        account: { uid: SUBSCRIPTION_ID, type_id: 13, type: 'Azure Subscription' },
        org: { uid: TENANT_ID },
      },
      metadata: {
        profiles: ['cloud'],
        original_event_uid: '0c7e9a11-5b2d-4c8f-8e3a-9f1b2c3d4e5f',
        correlation_uid: '5d3f1b7a-2c44-4f0e-9d6b-1a2b3c4d5e6f',
        log_name: 'Administrative',
        log_provider: 'Azure Activity Log',
      },
    })
    expect(event.api.request?.data).toEqual({
      Id: 'b7f3c1de-0d41-4a4e-9c33-6f1de3c2a8b1',
      Properties: {
        PrincipalId: '3c2b1a09-8f7e-4d6c-b5a4-93827160f5e4',
        PrincipalType: 'ServicePrincipal',
        RoleDefinitionId: `/subscriptions/${SUBSCRIPTION_ID}/providers/Microsoft.Authorization/roleDefinitions/${OWNER_ROLE}`,
        Scope: `/subscriptions/${SUBSCRIPTION_ID}`,
      },
    })
    expect(event.unmapped).toMatchObject({
      event_name: 'EndRequest',
      operation_id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    })
  })

  it('reads the same from the diagnostic-settings record, with the role that granted the call', async () => {
    const event = await ingest(ROLE_ASSIGNMENT_RECORD)
    expect(event).toMatchObject({
      activity_id: 1,
      status_id: 1,
      status_code: 'Succeeded.Created',
      api: {
        operation: 'MICROSOFT.AUTHORIZATION/ROLEASSIGNMENTS/WRITE',
        service: { name: 'MICROSOFT.AUTHORIZATION' },
        request: {
          uid: '7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d',
          data: { Properties: { PrincipalType: 'ServicePrincipal' } },
        },
        response: { code: 201 },
      },
      actor: {
        user: { name: 'mallory@contoso.com', uid: 'f409edeb-4d29-44b5-9763-ee9348ad91bb' },
        authorizations: [
          {
            decision: 'allow',
            policy: {
              name: 'User Access Administrator',
              uid: '9d2c0f1e4b3a4c5d8e7f6a5b4c3d2e1f',
              type: 'Azure RBAC',
            },
          },
        ],
      },
      cloud: { account: { uid: SUBSCRIPTION_ID } },
      unmapped: { duration_ms: 1046, processing_location: 'global' },
    })
  })

  it('names the caller from the RBAC evidence when the record has no claims', async () => {
    const { identity, ...record } = ROLE_ASSIGNMENT_RECORD
    const event = await ingest({ ...record, identity: { authorization: identity.authorization } })
    expect(event.actor.user).toEqual({
      name: 'f409edeb-4d29-44b5-9763-ee9348ad91bb',
      uid: 'f409edeb-4d29-44b5-9763-ee9348ad91bb',
      type_id: 1,
      type: 'User',
    })
  })
})

describe('other operations', () => {
  it('types a service principal by its app-only token', async () => {
    const event = await ingest(DIAGNOSTIC_SETTING_DELETE)
    expect(event).toMatchObject({
      activity_id: 4,
      actor: {
        user: {
          name: '3c2b1a09-8f7e-4d6c-b5a4-93827160f5e4',
          uid: '3c2b1a09-8f7e-4d6c-b5a4-93827160f5e4',
          type_id: 4,
        },
        app_uid: '11112222-bbbb-3333-cccc-4444dddd5555',
      },
      api: { service: { name: 'microsoft.insights' }, response: { code: 200 } },
      resources: [{ name: 'to-siem', type: 'microsoft.insights/diagnosticSettings' }],
    })
    expect(event.actor.session?.is_mfa).toBeUndefined()
  })

  it('is an Update for a write answered 200, with the submitted rule', async () => {
    const event = await ingest(NSG_RULE_OPEN_RDP)
    expect(event.activity_id).toBe(3)
    expect(event.api.request?.data).toMatchObject({
      properties: {
        sourceAddressPrefix: '0.0.0.0/0',
        destinationPortRange: '3389',
        access: 'Allow',
        direction: 'Inbound',
      },
    })
    expect(event.resources?.[0]).toMatchObject({ group: { name: 'prod-rg' }, name: 'allow-rdp' })
  })

  it('is a failed Other for a refused action, with Resource Manager error code and a forbidding authorization', async () => {
    const event = await ingest(RUN_COMMAND_DENIED)
    expect(event).toMatchObject({
      activity_id: 99,
      status_id: 2,
      status: 'Failure',
      status_code: 'Forbidden',
      status_detail: expect.stringContaining('does not have authorization'),
      api: {
        response: {
          code: 403,
          error: 'AuthorizationFailed',
          message: expect.stringContaining('runCommand/action'),
        },
      },
      actor: {
        authorizations: [
          { decision: 'forbid', policy: { name: 'Microsoft.Compute/virtualMachines/runCommand/action' } },
        ],
      },
    })
  })

  it('keeps a Key Vault secret value out of the request it copies', async () => {
    const event = await ingest(KEY_VAULT_SECRET_WRITE)
    expect(event.api.request?.data).toEqual({
      properties: { value: '[redacted]', contentType: 'text/plain' },
    })
    expect(JSON.stringify(event)).not.toContain('example-secret-value-not-real')
  })

  it('redacts credential members of any body, and leaves out a body it cannot parse', async () => {
    const vm = {
      ...NSG_RULE_OPEN_RDP,
      eventDataId: 'vm-write',
      properties: {
        requestbody: JSON.stringify({
          properties: { osProfile: { adminUsername: 'azureuser', adminPassword: 'Example-Passw0rd!' } },
        }),
        responseBody: '{"properties":{"osProfile":{"adminPass',
      },
    }
    const event = await ingest(vm)
    expect(event.api.request?.data).toEqual({
      properties: { osProfile: { adminUsername: 'azureuser', adminPassword: '[redacted]' } },
    })
    expect(event.api.response?.data).toBeUndefined()
    expect(event.unmapped?.unreadable_bodies).toEqual(['responsebody'])
    expect(JSON.stringify(event)).not.toContain('Passw0rd')
  })

  it('marks an operation in progress as Other with the word the log uses', async () => {
    const started = {
      ...NSG_RULE_OPEN_RDP,
      eventDataId: 'started',
      status: { value: 'Started' },
      subStatus: { value: '' },
    }
    const event = await ingest(started)
    expect(event).toMatchObject({ status_id: 99, status: 'Started', activity_id: 3 })
    const accepted = await ingest({ ...started, eventDataId: 'accepted', status: { value: 'Accepted' } })
    expect(accepted).toMatchObject({ status_id: 99, status: 'Accepted' })
  })
})
